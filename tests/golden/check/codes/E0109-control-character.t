# E0109: a control character in a string (here ESC[1A ESC[2K, which would move the cursor up
# and erase a line of a reviewer's terminal) and a bidi override (U+202E). Each is an error
# at its place, and the excerpt shows them by name, not raw. A tab stays allowed.
# The first run breaks exactly that rule; the second is the correct twin, silent.
=== file: good.jx (fixture 通用项目)
=== run
sed "s/完成年度任务/完成$(printf '\033')[1A$(printf '\033')[2K年度任务$(printf '\342\200\256')/" good.jx > bad.jx
jxc check --lang=en bad.jx
=== stderr
bad.jx:5:13: error[E0109]: control character U+001B in a string
  |
5 |     年度目标 "完成<U+001B>[1A<U+001B>[2K年度任务<U+202E>"
  |                   ^^^^^^^^
  = help: write a line break as \n; control, bidirectional and invisible characters cannot be written in a string: delete it
bad.jx:5:17: error[E0109]: control character U+001B in a string
  |
5 |     年度目标 "完成<U+001B>[1A<U+001B>[2K年度任务<U+202E>"
  |                              ^^^^^^^^
  = help: write a line break as \n; control, bidirectional and invisible characters cannot be written in a string: delete it
bad.jx:5:25: error[E0109]: control character U+202E in a string
  |
5 |     年度目标 "完成<U+001B>[1A<U+001B>[2K年度任务<U+202E>"
  |                                                 ^^^^^^^^
  = help: write a line break as \n; control, bidirectional and invisible characters cannot be written in a string: delete it
3 errors
=== exit
1
=== run
sed "s/完成年度任务/完成$(printf '\t')年度任务/" good.jx > tab.jx
jxc check --lang=en good.jx && jxc check --lang=en tab.jx
