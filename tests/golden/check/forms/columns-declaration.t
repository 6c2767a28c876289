# A form's 指标列 declaration and its mistakes: a kind that is not one of 分值 性质 单位 方向 文本
# (E0317, with the closest), a score's total that is not a number or a share larger than it
# (E0317), a column declared twice (E0316), and more than 32 columns (E0317: the rest are not
# read). The columns that are read work.
=== file: form.jx
表式 自定 {
    标题 "自定表"
    金额单位 万元
    字段 {
        年度目标 文本
    }
    资金来源 {
        财政拨款
    }
    指标列 {
        性质 性质
        方向 方像
        分值 分值 一百
        权重 分值 100 预算执行率 200
        性质 文本
    }
    指标框架 {
        产出指标 {
            数量指标
        }
    }
}
表式 宽表 {
    金额单位 万元
    资金来源 {
        财政拨款
    }
    指标列 {
        列1 文本
        列2 文本
        列3 文本
        列4 文本
        列5 文本
        列6 文本
        列7 文本
        列8 文本
        列9 文本
        列10 文本
        列11 文本
        列12 文本
        列13 文本
        列14 文本
        列15 文本
        列16 文本
        列17 文本
        列18 文本
        列19 文本
        列20 文本
        列21 文本
        列22 文本
        列23 文本
        列24 文本
        列25 文本
        列26 文本
        列27 文本
        列28 文本
        列29 文本
        列30 文本
        列31 文本
        列32 文本
        列33 文本
    }
    指标框架 {
        产出指标 {
            数量指标
        }
    }
}
项目 甲 {
    表式 自定
    年度 2025
    资金 { 财政拨款 1 }
    指标 { 产出指标 { 数量指标 { 培训人次 ≥1人次 { 性质 定量; 权重 5 } } } }
}
=== run
jxc check --lang=en form.jx
=== stderr
form.jx:12:12: error[E0317]: form item '方向' has a bad value: expected 分值 | 性质 | 单位 | 方向 | 文本
   |
12 |         方向 方像
   |              ^^^^
   = help: did you mean '方向'?
form.jx:13:12: error[E0317]: form item '分值' has a bad value: expected 分值 [总分 [行名 分值]]
   |
13 |         分值 分值 一百
   |              ^^^^^^^^^
form.jx:14:12: error[E0317]: form item '权重' has a bad value: expected 分值 [总分 [行名 分值]]
   |
14 |         权重 分值 100 预算执行率 200
   |              ^^^^^^^^^^^^^^^^^^^^^^^
form.jx:15:9: error[E0316]: '性质' is declared twice
   |
15 |         性质 文本
   |         ^^^^
form.jx:11:9: note: first declared here
   |
11 |         性质 性质
   |         ----
form.jx:61:13: error[E0317]: form item '列33' has a bad value: expected ≤32
   |
61 |         列33 文本
   |              ^^^^
form.jx:73:5: error[E0713]: '甲': the indicators' 权重 add up to 5, not 100
   |
73 |     指标 { 产出指标 { 数量指标 { 培训人次 ≥1人次 { 性质 定量; 权重 5 } } } }
   |     ^^^^
6 errors
=== exit
1
