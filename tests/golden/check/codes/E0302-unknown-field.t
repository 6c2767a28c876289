# E0302: A field the form does not have gets a did-you-mean (on a form of its own fields only,
# as the seed forms are; 通用项目 keeps other fields as text: W0323, N0322).
# The first run breaks exactly that rule; the second is the correct twin, silent.
=== file: bad.jx (fixture 江苏省级项目, replacing)
项目 培训项目 {
=== with
项目 培训项目 {
    项目负责任 张三
=== file: good.jx (fixture 江苏省级项目, replacing)
项目 培训项目 {
=== with
项目 培训项目 {
    项目负责人 张三
=== run
jxc check --lang=en bad.jx
=== stderr
bad.jx:14:5: error[E0302]: form '江苏省级项目' has no field '项目负责任'
   |
14 |     项目负责任 张三
   |     ^^^^^^^^^^
   = help: did you mean '项目负责人'?
1 error
=== exit
1
=== run
jxc check --lang=en good.jx
