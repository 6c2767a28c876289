# E0411: A date that does not exist.
# The first run breaks exactly that rule; the second is the correct twin (the same table with
# a date that exists), silent.
=== file: bad.jx
默认 {
    表式 上海项目
}
项目 A {
    年度 2025
    项目性质 其他经常性项目
    项目类别 特定目标类
    主管部门 x
    实施单位 y
    计划开始日期 2025-02-30
    计划完成日期 2025-12-31
    年度总体目标 "…"
    资金 { 年度资金申请总额 100.00; 当年财政拨款 100.00 }
    指标 {
        产出指标 { 数量指标 { 人数 =1(人) } 质量指标 { 合格率 =100(%) } 时效指标 { 及时性 及时 } }
        成本指标 { 经济成本指标 { 成本 ≤100(元) } }
        效益指标 { 社会效益指标 { 影响 提升 } }
        满意度指标 { 服务对象满意度指标 { 满意度 ≥90(%) } }
    }
}
=== run
jxc check --lang=en bad.jx
=== stderr
bad.jx:10:12: error[E0411]: no such date: 2025-02-30
   |
10 |     计划开始日期 2025-02-30
   |                  ^^^^^^^^^^
1 error
=== exit
1
=== run
sed s/2025-02-30/2025-02-28/ bad.jx > good.jx
jxc check --lang=en good.jx
