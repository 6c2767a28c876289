# Trouble with the system (exit 2) is told in the user's language, the reason included:
# Chinese by default, English with --lang=en. A missing import is a diagnostic (E0312) with the
# reason in the same language.
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
=== file: imp.jx
导入 "nope.jx"
=== run
jxc check missing.jx; echo "exit $?"
jxc --lang=en check missing.jx; echo "exit $?"
jxc check missing-dir/; echo "exit $?"
jxc check imp.jx; echo "exit $?"
jxc --lang=en check imp.jx; echo "exit $?"
jxc build -f json -o no/such/dir/out.json ok.jx; echo "exit $?"
jxc build -f html --split ok.jx ok.jx; echo "exit $?"
jxc --lang=en build -f html --split ok.jx ok.jx; echo "exit $?"
jxc fmt missing.jx; echo "exit $?"
jxc tokens missing.jx; echo "exit $?"
=== stdout
exit 2
exit 2
exit 2
exit 1
exit 1
exit 2
exit 2
exit 2
exit 2
exit 2
=== stderr
jxc: 无法读取 'missing.jx'：没有这个文件或目录
jxc: cannot read 'missing.jx': No such file or directory
jxc: 无法读取 'missing-dir/'：没有这个文件或目录
imp.jx:1:4: error[E0312]: 无法导入 'nope.jx'：没有这个文件或目录
  |
1 | 导入 "nope.jx"
  |      ^^^^^^^^^
1 个错误
imp.jx:1:4: error[E0312]: cannot import 'nope.jx': No such file or directory
  |
1 | 导入 "nope.jx"
  |      ^^^^^^^^^
1 error
jxc: 无法写入 'no/such/dir/out.json'：没有这个文件或目录
jxc: 'ok.jx' 不是目录
jxc: 'ok.jx' is not a directory
jxc: 无法读取 'missing.jx'：没有这个文件或目录
jxc: 无法读取 'missing.jx'：没有这个文件或目录
