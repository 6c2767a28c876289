# E0318: A form item the language does not know, with a did-you-mean.
# The first run breaks exactly that rule; the second is the correct twin, silent.
=== file: bad.jx
表式 本地项目 {
    标提 "本地项目表"
}
=== file: good.jx
表式 本地项目 {
    标题 "本地项目表"
}
=== run
jxc check --lang=en bad.jx
=== stderr
bad.jx:2:5: error[E0318]: '标提' is not a form item
  |
2 |     标提 "本地项目表"
  |     ^^^^
  = help: did you mean '标题'?
1 error
=== exit
1
=== run
jxc check --lang=en good.jx
