# A target in words that is no declared level (青山区's 建设项目成本 "参照政府采购成本控制")
# is imported as text, quoted, as it was written: bare, it read back as an unknown level (W0401,
# 23 of them when the demo's workbook was imported). A declared level (达标) stays bare, as do
# the header fields' words (通用项目, 某某局). The import checks with no W0401.
=== file: t.jx
默认 {
    表式 通用项目
    年度 2020
    主管部门 某某局
    年度目标 "完成建设"
}

项目 建设项目 {
    资金 { 财政拨款 90万元 }
    指标 {
        产出指标 {
            数量指标 { 新建校舍面积 ≥1200平方米 }
            质量指标 { 工程质量 达标 }
            时效指标 { 完工时间 "每年12月底前" }
            成本指标 { 建设项目成本 "参照政府采购成本控制" }
        }
        效益指标 { 社会效益指标 { 办学条件 "逐步改善" } }
        满意度指标 { 服务对象满意度指标 { 师生满意度 ≥90% } }
    }
}
=== run
jxc build -f xlsx -o t.xlsx t.jx 2>/dev/null; jxc import -o back.jx t.xlsx 2>/dev/null; sed -n '/指标 {/,$p' back.jx
jxc check --lang=en back.jx 2>&1 | grep -c W0401 || :
=== stdout
    指标 {
        产出指标 {
            数量指标 {
                新建校舍面积 ≥1200平方米
            }
            质量指标 {
                工程质量 达标
            }
            时效指标 {
                完工时间 "每年12月底前"
            }
            成本指标 {
                建设项目成本 "参照政府采购成本控制"
            }
        }
        效益指标 {
            社会效益指标 {
                办学条件 "逐步改善"
            }
        }
        满意度指标 {
            服务对象满意度指标 {
                师生满意度 ≥90%
            }
        }
    }
}
0
