# E0110: a file whose lines end in a carriage return alone (an old Mac file, or text exported
# from Excel). It used to read as one line, with a syntax error at a far column; now one error
# says what the file is and how to convert it, and the rest is not checked. A CRLF file, and
# a lone CR among blanks in an LF file, are fine. So is a one-line file that ends in a CR; a
# two-line file whose one line end is a lone CR is not (it needed two lone CRs before).
# The first runs break exactly that rule; the last is the correct twin, silent.
=== file: good.jx (fixture 通用项目)
=== run
tr '\n' '\r' < good.jx > bad.jx
jxc check --lang=en bad.jx
=== stderr
bad.jx:1:5: error[E0110]: the file's lines end in a carriage return alone (CR: old Mac, or an Excel export), so all of it reads as one line; the rest of it is not checked
  |
1 | 默认 {<U+000D>    表式 通用项目<U+000D>    年度 2025<U+000D>    主管部门 某某局<U+000D>    年度目标 …
  |       ^^^^^^^^
  = help: save it with LF or CRLF line ends in the editor, or convert it: tr '\r' '\n' < old.jx > new.jx
1 error
=== exit
1
=== run
printf '默认 {\r年度 2025 }' > two.jx; printf '默认 { 年度 2025 }\r' > one.jx
jxc check --lang=en two.jx; echo "two lines: $?"; jxc check --lang=en one.jx; echo "one line: $?"
=== stdout
two lines: 1
one line: 0
=== stderr
two.jx:1:5: error[E0110]: the file's lines end in a carriage return alone (CR: old Mac, or an Excel export), so all of it reads as one line; the rest of it is not checked
  |
1 | 默认 {<U+000D>年度 2025 }
  |       ^^^^^^^^
  = help: save it with LF or CRLF line ends in the editor, or convert it: tr '\r' '\n' < old.jx > new.jx
1 error
one.jx:1:1: warning[W0331]: the 默认 of this file applies to nothing: the file has no 项目 or 部门
  |
1 | 默认 { 年度 2025 }
  | ^^^^
  = help: 默认 applies only to the tables of its own file: write it in the file that holds them
1 warning
=== run
sed 's/$/\r/' good.jx > crlf.jx
sed '3s/$/ \r /' good.jx > stray.jx
jxc check --lang=en good.jx && jxc check --lang=en crlf.jx && jxc check --lang=en stray.jx
