# build -o naming one of its own inputs (by any path) is refused: the JSON would replace the
# source. The input is left as it was, and the exit status is 2.
=== file: ok.jx
默认 {
    表式 通用项目
    年度 2025
    主管部门 某某局
    年度目标 "完成年度任务"
}

项目 培训项目 {
    开始时间 2025
    完成时间 2025
    资金 {
        财政拨款 90
    }
    支出 {
        业务费 全年 90
    }
    指标 {
        产出指标 {
            数量指标 {
                培训人次 ≥100人次
            }
            质量指标 {
                合格率 ≥95%
            }
            时效指标 {
                完成及时率 =100%
            }
        }
        成本指标 {
            经济成本指标 {
                项目总成本 ≤总成本预算数
            }
        }
        效益指标 {
            社会效益指标 {
                群众知晓率 ≥80%
            }
        }
        满意度指标 {
            服务对象满意度指标 {
                学员满意度 ≥90%
            }
        }
    }
}
=== run
cp ok.jx before.jx
jxc build -f json -o ok.jx ok.jx; echo "exit $?"
mkdir d && jxc --lang=en build -f csv -o d/../ok.jx ok.jx; echo "exit $?"
cmp ok.jx before.jx && echo "ok.jx is intact"
jxc build -f json -o out.json ok.jx && echo "a new file is written"
=== stdout
exit 2
exit 2
ok.jx is intact
a new file is written
=== stderr
jxc: -o 'ok.jx' 是输入文件 'ok.jx' 本身：不会覆盖它
jxc: -o 'd/../ok.jx' is the input file 'ok.jx' itself: not overwriting it
