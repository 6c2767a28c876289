# E0320: a block in a table that is not 资金, 支出 or 指标 (a misspelt 指标) is parsed and
# reported with a did-you-mean, instead of costing the table its syntax.
# The first run breaks exactly that rule; the second is the correct twin (指标 written right; its
# framework is then checked, so the twin also allows W0702), silent.
=== file: bad.jx
项目 A {
    表式 通用项目
    年度 2025
    主管部门 某某局
    年度目标 "y"
    资金 { 财政拨款 1 }
    指示 {
        产出指标 { 数量指标 { 人数 ≥1人 } }
    }
}
=== run
jxc check --lang=en -A W0701 bad.jx
=== stderr
bad.jx:7:5: error[E0320]: '指示' is not a block of a table: the blocks are 资金, 支出 and 指标
  |
7 |     指示 {
  |     ^^^^
  = help: did you mean '指标'?
1 error
=== exit
1
=== run
sed 's/^    指示 {$/    指标 {/' bad.jx > good.jx
jxc check --lang=en -A W0701 -A W0702 good.jx
