# A price per thing with its money unit left out (同心县下马关镇 2023: 黄金蜜（葡萄）补助成本
# ≤28.40/株): the '/' is E0106, whose help writes the measure with its unit, 28.40元/株 (not the
# help for names); written so, the line parses (fmt prints it).
=== file: t.jx
项目 A {
    指标 {
        产出指标 { 成本指标 { 补助成本 ≤28.40/株 } }
    }
}
=== file: u.jx
项目 B {
    指标 {
        产出指标 { 成本指标 { 补助成本 ≤28.40元/株 } }
    }
}
=== run
jxc check --lang=en t.jx; jxc fmt u.jx
=== stdout
项目 B {
    指标 {
        产出指标 {
            成本指标 {
                补助成本 ≤28.40元/株
            }
        }
    }
}
=== stderr
t.jx:3:34: error[E0106]: unexpected character '/'
  |
3 |         产出指标 { 成本指标 { 补助成本 ≤28.40/株 } }
  |                                              ^
  = help: a unit goes before the '/': an amount per 株 is written as 28.40元/株; to keep the table's wording, write it as a string
1 error
