# E0316: A unit declared again with another dimension.
# The first run breaks exactly that rule; the second is the correct twin, silent.
=== file: bad.jx (fixture 通用项目, replacing)
默认 {
=== with
单位 台 时长
默认 {
=== file: good.jx (fixture 通用项目, replacing)
默认 {
=== with
单位 台 计数
默认 {
=== run
jxc check --lang=en bad.jx
=== stderr
bad.jx:1:4: error[E0316]: '台' is declared twice
  |
1 | 单位 台 时长
  |      ^^
std/units.jx:16:14: note: first declared here
   |
16 |     次 人次 个 项 台 册 场 部 份 人 例 件 条 张 辆 起 篇 家 户 名 本 套 批 期 所 题
   |                   --
1 error
=== exit
1
=== run
jxc check --lang=en good.jx
