# A target written without its unit, on a form with a 度量单位 column, is read with the
# column's unit, multiplier included: ≤20 with 度量单位 万元 is ≤20万元, above this project's
# 资金总额 (E0409); ≥80 with 计量单位 人 is a count, not the ratio a rate needs (W0407); "%" is a
# unit (a bare % is not a token: quote it).
=== file: t.jx
默认 { 表式 通用项目; 年度 2025; 年度目标 "完成年度任务" }
项目 甲 {
    资金 { 财政拨款 10 }
    指标 {
        产出指标 {
            数量指标 { 培训人次 ≥500 { 度量单位 人次 } }
            质量指标 { 合格率 ≥95 { 度量单位 "%" } }
            时效指标 { 及时率 =100 { 度量单位 "％" } }
        }
        成本指标 { 经济成本指标 { 项目总成本 ≤20 { 度量单位 万元 } } }
        效益指标 { 社会效益指标 { 知晓率 ≥80 { 计量单位 人 } } }
        满意度指标 { 服务对象满意度指标 { 学员满意度 ≥90 { 度量单位 "%" } } }
    }
}
=== run
jxc check --lang=en t.jx
=== stderr
t.jx:10:31: error[E0409]: cost indicator '项目总成本': target ≤20 (200000 元) exceeds the project's 资金总额 10 万元 (100000 元)
   |
10 |         成本指标 { 经济成本指标 { 项目总成本 ≤20 { 度量单位 万元 } } }
   |                                              ^^^
t.jx:11:29: warning[W0407]: '知晓率' is a rate, but its target ≥80 is not a ratio
   |
11 |         效益指标 { 社会效益指标 { 知晓率 ≥80 { 计量单位 人 } } }
   |                                          ^^^
   = help: write a rate's target as a percentage (≥95%); if it counts things, name it as a count
1 error, 1 warning
=== exit
1
