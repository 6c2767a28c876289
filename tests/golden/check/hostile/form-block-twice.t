# Issue 12, finding 1: a user form (表式) that writes 字段, 资金来源 or 指标框架 twice crashed jxc
# (SIGSEGV, exit 139) in check, and so in diff and git diff: the second block was read into the
# arrays sized by the first. The second is reported (E0304) and not read; the first stands.
=== file: fields.jx
表式 我的表 {
    标题 "测试"
    对象 项目
    金额单位 万元
    字段 {
        甲 文本
    }
    字段 {
        乙 文本
        丙 文本
        丁 文本
    }
}
=== file: sources.jx
表式 我的表 {
    标题 "测试"
    资金来源 {
        财政拨款
    }
    资金来源 {
        甲
        乙
        丙
    }
}
=== file: framework.jx
表式 我的表 {
    标题 "测试"
    指标框架 {
        产出指标 {
            数量指标
        }
    }
    指标框架 {
        产出指标 {
            数量指标
        }
        效益指标 {
            社会效益指标
        }
        满意度指标 {
            服务对象满意度指标
        }
    }
}
=== run
jxc --lang=en check fields.jx
=== stderr
fields.jx:8:5: error[E0304]: '字段' is written twice
  |
8 |     字段 {
  |     ^^^^
fields.jx:5:5: note: first written here
  |
5 |     字段 {
  |     ----
1 error
=== exit
1
=== run
jxc --lang=en check sources.jx
=== stderr
sources.jx:6:5: error[E0304]: '资金来源' is written twice
  |
6 |     资金来源 {
  |     ^^^^^^^^
sources.jx:3:5: note: first written here
  |
3 |     资金来源 {
  |     --------
1 error
=== exit
1
=== run
jxc --lang=en check framework.jx
=== stderr
framework.jx:8:5: error[E0304]: '指标框架' is written twice
  |
8 |     指标框架 {
  |     ^^^^^^^^
framework.jx:3:5: note: first written here
  |
3 |     指标框架 {
  |     --------
1 error
=== exit
1
=== run
jxc diff fields.jx framework.jx 2>/dev/null
=== exit
2
