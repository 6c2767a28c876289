# E0311: A leaf directly under a 一级 category.
# The first run breaks exactly that rule; the second is the correct twin, silent.
=== file: bad.jx (fixture 通用项目, replacing)
            时效指标 {
                完成及时率 =100%
            }
=== with
            完成及时率 =100%
=== file: good.jx (fixture 通用项目)
=== run
jxc check --lang=en bad.jx
=== stderr
bad.jx:25:13: error[E0311]: wrong indicator depth: '完成及时率' is at level 2
   |
25 |             完成及时率 =100%
   |             ^^^^^^^^^^
   = help: a 三级 indicator goes inside a 二级 block: 一级 { 二级 { 三级 value } }
1 error
=== exit
1
=== run
jxc check --lang=en good.jx
