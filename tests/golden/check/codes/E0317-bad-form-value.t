# E0317: A form item with a value it does not take.
# The first run breaks exactly that rule; the second is the correct twin, silent.
=== file: bad.jx
表式 本地项目 {
    对象 项目
    半年 也许
}
=== file: good.jx
表式 本地项目 {
    对象 项目
    半年 否
}
=== run
jxc check --lang=en bad.jx
=== stderr
bad.jx:3:8: error[E0317]: form item '半年' has a bad value: expected 是 | 否
  |
3 |     半年 也许
  |          ^^^^
1 error
=== exit
1
=== run
jxc check --lang=en good.jx
