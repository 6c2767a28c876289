# E0312: An import that names no file.
# The first run breaks exactly that rule; the second is the correct twin, silent.
=== file: bad.jx (fixture 通用项目, replacing)
默认 {
=== with
导入 "missing.jx"
默认 {
=== file: units.jx
单位 计数 {
    场次
}
=== file: good.jx (fixture 通用项目, replacing)
默认 {
=== with
导入 "units.jx"
默认 {
=== run
jxc check --lang=en bad.jx
=== stderr
bad.jx:1:4: error[E0312]: cannot import 'missing.jx': No such file or directory
  |
1 | 导入 "missing.jx"
  |      ^^^^^^^^^^^^
1 error
=== exit
1
=== run
jxc check --lang=en good.jx
