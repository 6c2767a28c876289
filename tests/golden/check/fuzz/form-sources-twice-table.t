# Found again by the fuzzer of issue 12 (tests/fuzz/mutator.c, "a block written twice in place")
# on the code before the fix of check/hostile/form-block-twice.t, in a copy of 通用项目 followed
# by its fixture table: a user form writing 资金来源 twice, and a table that uses the form. The
# old code read the second block into an array sized by it, from the index where the first had
# stopped, and crashed (SIGSEGV) looking up the table's 财政拨款 among the sources (a NULL
# entry). The second block is reported (E0304) and not read; the table is checked against the
# first.
=== file: t.jx
表式 我的项目 {
    标题 "项目支出绩效目标申报表"
    对象 项目
    金额单位 万元
    字段 {
        主管部门 文本 必填
        年度目标 文本 必填
    }
    资金来源 {
        财政拨款
        其他资金
    }
    资金来源 {
        财政拨款
        其他资金
    }
    指标框架 {
        产出指标 {
            数量指标
        }
    }
}

项目 培训项目 {
    表式 我的项目
    年度 2025
    主管部门 某某局
    年度目标 "完成年度任务"
    资金 {
        财政拨款 90
    }
    指标 {
        产出指标 {
            数量指标 {
                培训人次 ≥100人次
            }
        }
    }
}
=== run
jxc --lang=en check t.jx
=== stderr
t.jx:13:5: error[E0304]: '资金来源' is written twice
   |
13 |     资金来源 {
   |     ^^^^^^^^
t.jx:9:5: note: first written here
  |
9 |     资金来源 {
  |     --------
1 error
=== exit
1
=== run
jxc --lang=en diff t.jx t.jx
=== stderr
t.jx:13:5: error[E0304]: '资金来源' is written twice
   |
13 |     资金来源 {
   |     ^^^^^^^^
t.jx:9:5: note: first written here
  |
9 |     资金来源 {
  |     --------
1 error
t.jx:13:5: error[E0304]: '资金来源' is written twice
   |
13 |     资金来源 {
   |     ^^^^^^^^
t.jx:9:5: note: first written here
  |
9 |     资金来源 {
  |     --------
1 error
jxc diff: both versions have errors; cannot compare
=== exit
2
