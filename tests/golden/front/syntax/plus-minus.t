# ± (东莞's 补助款结算误差率 ±3%以内, examples/guangdong/dongguan-2019.jx) is no comparator of
# jx: the error says what to write instead, ≤3% or the table's wording as a string; written
# so, the same line parses (fmt prints it).
=== file: t.jx
项目 A {
    指标 {
        产出指标 { 质量指标 { 补助款结算误差率 ±3%以内 } }
    }
}
=== file: u.jx
项目 B {
    指标 {
        产出指标 { 质量指标 { 补助款结算误差率 ≤3% } }
    }
}
=== run
jxc check --lang=en t.jx; jxc fmt u.jx
=== stdout
项目 B {
    指标 {
        产出指标 {
            质量指标 {
                补助款结算误差率 ≤3%
            }
        }
    }
}
=== stderr
t.jx:3:32: error[E0106]: unexpected character '±'
  |
3 |         产出指标 { 质量指标 { 补助款结算误差率 ±3%以内 } }
  |                                                ^
  = help: jx has no '±': an error of at most 3% is written ≤3% (a ratio, with no sign); to keep the table's wording, write it as a string: "±3%以内"
1 error
