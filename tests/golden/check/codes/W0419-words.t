# W0419 for a 成本指标 target in words: 青山区's 建设项目成本 "参照政府采购成本控制"
# (examples/hubei/qingshan-2020-infrastructure.jx) and a level word are no amount of money;
# the twin's targets are amounts, or words that hold one ("不超过90万元"), and are silent.
=== file: bad.jx
项目 建设项目 {
    表式 通用项目
    年度 2020
    主管部门 某某局
    年度目标 "完成建设"
    资金 { 财政拨款 90万元 }
    指标 {
        产出指标 {
            数量指标 { 新建校舍面积 ≥1200平方米 }
            质量指标 { 验收合格率 =100% }
            时效指标 { 完工及时率 ≥95% }
            成本指标 {
                建设项目成本 "参照政府采购成本控制"
                维护成本 合格
            }
        }
        效益指标 { 社会效益指标 { 办学条件 "逐步改善" } }
        满意度指标 { 服务对象满意度指标 { 师生满意度 ≥90% } }
    }
}
=== run
jxc check --lang=en bad.jx
sed -e 's/"参照政府采购成本控制"/≤90万元/' -e 's/维护成本 合格/维护成本 "不超过90万元"/' bad.jx > good.jx
jxc check --lang=en good.jx
=== stderr
bad.jx:13:24: warning[W0419]: cost indicator '建设项目成本': the target "参照政府采购成本控制" is no amount of money (words)
   |
13 |                 建设项目成本 "参照政府采购成本控制"
   |                              ^^^^^^^^^^^^^^^^^^^^^^
bad.jx:14:22: warning[W0419]: cost indicator '维护成本': the target 合格 is no amount of money (a level)
   |
14 |                 维护成本 合格
   |                          ^^^^
2 warnings
