# E0309 with several tables of the same name: each duplicate is said in the order of the tables,
# with the first of its name, 年度 and 实施单位 (two groups of 甲项目, by 年度, and one of 乙项目).
# The duplicates are found by sorting the tables, not by a map of keys: the same order as before.
# The file is made of copies of the fixture's table, renamed (年度 2026 is outside the table's
# span 2025–2025: W0603, a true warning).
=== file: one.jx (fixture 通用项目)
=== run
t() { printf '\n'; sed -n '/^项目/,$p' one.jx | sed "s/^项目 培训项目 {/项目 $1 {$2/"; }
{ sed -n '1,6p' one.jx; t 甲项目; t 乙项目; t 甲项目; t 甲项目 '\n    年度 2026'; t 乙项目; t 甲项目; t 甲项目 '\n    年度 2026'; } > many.jx
grep -n '^项目' many.jx
jxc check --lang=en many.jx
=== stdout
8:项目 甲项目 {
47:项目 乙项目 {
86:项目 甲项目 {
125:项目 甲项目 {
165:项目 乙项目 {
204:项目 甲项目 {
243:项目 甲项目 {
=== stderr
many.jx:86:4: error[E0309]: duplicate table: '甲项目' (2025) is already declared
   |
86 | 项目 甲项目 {
   |      ^^^^^^
many.jx:8:4: note: first declared here
  |
8 | 项目 甲项目 {
  |      ------
many.jx:126:8: warning[W0603]: 年度 2026 is outside the project's span 2025–2025
    |
126 |     年度 2026
    |          ^^^^
many.jx:165:4: error[E0309]: duplicate table: '乙项目' (2025) is already declared
    |
165 | 项目 乙项目 {
    |      ^^^^^^
many.jx:47:4: note: first declared here
   |
47 | 项目 乙项目 {
   |      ------
many.jx:204:4: error[E0309]: duplicate table: '甲项目' (2025) is already declared
    |
204 | 项目 甲项目 {
    |      ^^^^^^
many.jx:8:4: note: first declared here
  |
8 | 项目 甲项目 {
  |      ------
many.jx:243:4: error[E0309]: duplicate table: '甲项目' (2026) is already declared
    |
243 | 项目 甲项目 {
    |      ^^^^^^
many.jx:125:4: note: first declared here
    |
125 | 项目 甲项目 {
    |      ------
many.jx:244:8: warning[W0603]: 年度 2026 is outside the project's span 2025–2025
    |
244 |     年度 2026
    |          ^^^^
4 errors, 2 warnings
=== exit
1
