# Messages are Chinese by default; the severity word and the code stay as GCC and rustc write them.
=== file: t.jx
项目 A {
    资金 { 其他资金 }
}
=== run
jxc check t.jx
=== stderr
t.jx:2:15: error[E0201]: 语法错误：此处应为数字或'{'，却遇到'}'
  |
2 |     资金 { 其他资金 }
  |                     ^
1 个错误
=== exit
1
