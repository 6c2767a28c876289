# E0313: Files that import each other.
# The first run breaks exactly that rule; the second is the correct twin (an import that
# imports nothing back), silent.
=== file: bad.jx (fixture 通用项目, replacing)
默认 {
=== with
导入 "b.jx"
默认 {
=== file: b.jx
导入 "bad.jx"
=== file: good.jx (fixture 通用项目, replacing)
默认 {
=== with
导入 "c.jx"
默认 {
=== file: c.jx
单位 计数 {
    场次
}
=== run
jxc check --lang=en bad.jx
=== stderr
b.jx:1:4: error[E0313]: import cycle: 'bad.jx' imports itself through its imports
  |
1 | 导入 "bad.jx"
  |      ^^^^^^^^
1 error
=== exit
1
=== run
jxc check --lang=en good.jx
