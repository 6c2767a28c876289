# An unterminated """ (E0104) is reported at its opening.
=== file: t.jx
项目 A {
    年度目标 """
        一是……
}
=== run
jxc check --lang=en t.jx
=== stderr
t.jx:2:10: error[E0104]: unterminated """ string
  |
2 |     年度目标 """
  |              ^^^
1 error
=== exit
1
