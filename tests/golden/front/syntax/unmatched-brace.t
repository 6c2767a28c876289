# A '}' with no '{' (E0203).
=== file: t.jx
默认 { 年度 2025 }
}
=== run
jxc check --lang=en t.jx
=== stderr
t.jx:2:1: error[E0203]: unmatched '}'
  |
2 | }
  | ^
1 error
=== exit
1
