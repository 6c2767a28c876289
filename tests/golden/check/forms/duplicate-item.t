# A form key written twice is an error (E0304): the second would silently win.
=== file: t.jx
表式 本地项目 {
    对象 项目
    半年 是
    金额单位 万元
    半年 否
}
=== run
jxc check --lang=en t.jx
=== stderr
t.jx:5:5: error[E0304]: '半年' is written twice
  |
5 |     半年 否
  |     ^^^^
t.jx:3:5: note: first written here
  |
3 |     半年 是
  |     ----
1 error
=== exit
1
