# A form of one's own with a mid-term set and 指标列 (the same power as the stdlib's): `中期 实施期`
# names the set; each set's indicators are checked for their scores against the form's total
# (E0713 on the 实施期 set here: 60 of 100), each indicator for its cells (W0424 in 实施期); the
# CSV gives each row its set (期别), the 实施期's first.
=== file: t.jx
表式 两期表 {
    标题 "两期项目绩效目标表"
    金额单位 万元
    中期 实施期
    字段 {
        年度目标 文本
    }
    资金来源 {
        财政拨款
    }
    指标列 {
        分值     分值 100
        指标方向 方向
    }
    指标框架 {
        产出指标 {
            数量指标
        }
        满意度指标 {
            服务对象满意度指标
        }
    }
}
项目 甲 {
    表式 两期表
    年度 2025
    资金 实施期 { 财政拨款 30 }
    资金 { 财政拨款 10 }
    指标 实施期 {
        产出指标 { 数量指标 { 培训人次 ≤300人次 { 分值 50; 指标方向 正向 } } }
        满意度指标 { 服务对象满意度指标 { 满意度 ≥90% { 分值 10 } } }
    }
    指标 {
        产出指标 { 数量指标 { 培训人次 ≥100人次 { 分值 80 } } }
        满意度指标 { 服务对象满意度指标 { 满意度 ≥90% { 分值 20 } } }
    }
}
=== run
jxc check --lang=en t.jx
=== stderr
t.jx:29:5: error[E0713]: '甲': the indicators' 分值 add up to 60, not 100
   |
29 |     指标 实施期 {
   |     ^^^^
t.jx:30:28: warning[W0424]: indicator '培训人次' is 正向 by its 指标方向, but the target ≤300人次 compares the other way
   |
30 |         产出指标 { 数量指标 { 培训人次 ≤300人次 { 分值 50; 指标方向 正向 } } }
   |                                        ^^^^^^^^
   = help: a 正向 indicator is better higher (≥, >); a 反向 one better lower (≤, <)
1 error, 1 warning
=== exit
1
=== run
sed 's/分值 50; 指标方向 正向/分值 90; 指标方向 正向/' t.jx > ok.jx
jxc build -f csv --no-bom ok.jx | cut -d, -f6-
=== stdout
期别,一级指标,二级指标,三级指标,半年指标值,全年指标值,分值,指标方向
实施期,产出指标,数量指标,培训人次,,≤300人次,90,正向
实施期,满意度指标,服务对象满意度指标,满意度,,≥90%,10,
年度,产出指标,数量指标,培训人次,,≥100人次,80,
年度,满意度指标,服务对象满意度指标,满意度,,≥90%,20,
=== stderr
ok.jx:30:28: warning[W0424]: 指标 '培训人次' 的指标方向是正向，目标值 ≤300人次 的比较符却是反的
   |
30 |         产出指标 { 数量指标 { 培训人次 ≤300人次 { 分值 90; 指标方向 正向 } } }
   |                                        ^^^^^^^^
   = help: 正向指标越大越好，写 ≥ 或 >；反向指标越小越好，写 ≤ 或 <
1 个警告
