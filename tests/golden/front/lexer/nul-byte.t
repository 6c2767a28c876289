# A NUL byte (E0102) is reported at its place and read as a blank.
=== file: t.jx (escaped)
项目 A {\x00\n}\n
=== run
jxc check --lang=en t.jx
=== stderr
t.jx:1:7: error[E0102]: NUL byte (0x00) in source
  |
1 | 项目 A { 
  |         ^
1 error
=== exit
1
