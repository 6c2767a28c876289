# Comma groups must be three digits (E0108).
=== file: t.jx
项目 A {
    资金 {
        其他资金 1,23
        上年结转资金 12,345,67
    }
}
=== run
jxc check --lang=en t.jx
=== stderr
t.jx:3:14: error[E0108]: malformed digit grouping: 1,23
  |
3 |         其他资金 1,23
  |                  ^^^^
  = help: commas separate groups of three digits, as in 5,000,000.00
t.jx:4:16: error[E0108]: malformed digit grouping: 12,345,67
  |
4 |         上年结转资金 12,345,67
  |                      ^^^^^^^^^
  = help: commas separate groups of three digits, as in 5,000,000.00
2 errors
=== exit
1
