# A name, number or other value longer than 4096 bytes is an error (E0903); so is a string,
# one-line or """, longer than 1 MiB (E0904). The excerpt shows a window of the line, and a
# number of 5000 digits is also E0105 (too many digits), its text cut short in the message.
=== run
{ printf '项目 '; head -c 5000 /dev/zero | tr '\000' A; printf ' {\n}\n'; } > word.jx
{ printf '项目 A {\n    开始时间 '; head -c 5000 /dev/zero | tr '\000' 9; printf '\n}\n'; } > number.jx
{ printf '项目 A {\n    立项必要性 "'; head -c 1048577 /dev/zero | tr '\000' x; printf '"\n}\n'; } > string.jx
{ printf '项目 A {\n    年度目标 """\n'; head -c 1048577 /dev/zero | tr '\000' y; printf '\n    """\n}\n'; } > block.jx
{ printf '项目 A {\n    年度 2025\n    主管部门 某局\n    年度目标 "'; head -c 1048000 /dev/zero | tr '\000' x; printf '"\n}\n'; } > fine.jx
jxc check --lang=en word.jx number.jx string.jx block.jx
jxc check --lang=en -A W0314 -A W0705 fine.jx && echo 'a string of 1048000 bytes is fine'
=== stdout
a string of 1048000 bytes is fine
=== stderr
word.jx:1:4: error[E0903]: name or value too long: 5000 bytes (at most 4096)
  |
1 | 项目 AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA…
  |      ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
number.jx:2:10: error[E0903]: name or value too long: 5000 bytes (at most 4096)
  |
2 |     开始时间 999999999999999999999999999999999999999999999999999999999999999999999999999999999999999…
  |              ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
number.jx:2:10: error[E0105]: number has too many digits: 99999999999999999999… (5000 characters; at most 18 significant digits)
  |
2 |     开始时间 999999999999999999999999999999999999999999999999999999999999999999999999999999999999999…
  |              ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
string.jx:2:11: error[E0904]: string too long: 1048579 bytes (at most 1048576)
  |
2 |     立项必要性 "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx…
  |                ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
block.jx:2:10: error[E0904]: string too long: 1048589 bytes (at most 1048576)
  |
2 |     年度目标 """
  |              ^^^
5 errors
