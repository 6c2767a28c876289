# E0329: An import that reads outside the directory of the file given to jxc: an absolute path,
# one that climbs out with "..", or a symbolic link inside that leads outside. 导入 "/etc/shadow"
# used to quote that file's lines in the diagnostics (which CI may post as annotations for an
# untrusted pull request). The file is not read, and whether it exists is not told. Inside the
# tree, ".." is fine (sub/units.jx imports ../more.jx); --allow-import=DIR allows a directory
# more, --allow-import-outside any place.
# The first run breaks exactly that rule; the second is the correct twin, silent.
=== file: p/bad.jx (fixture 通用项目, replacing)
默认 {
=== with
导入 "../secret.jx"
默认 {
=== file: secret.jx
单位 计数 {
    场次
}
=== file: p/sub/units.jx
导入 "../more.jx"
单位 计数 {
    场次
}
=== file: p/more.jx
单位 长度 {
    公里
}
=== file: p/good.jx (fixture 通用项目, replacing)
默认 {
=== with
导入 "sub/units.jx"
默认 {
=== run
jxc check --lang=en p/bad.jx
=== stderr
p/bad.jx:1:4: error[E0329]: import '../secret.jx' is outside 'p': imports read only files below the directory of the file given to jxc
  |
1 | 导入 "../secret.jx"
  |      ^^^^^^^^^^^^^^
  = help: to import it anyway, allow its directory with --allow-import=DIR, or any place with --allow-import-outside
1 error
=== exit
1
=== run
jxc check --lang=en p/good.jx
=== run
printf '导入 "/etc/passwd"\n导入 "/nonexistent/x.jx"\n导入 "sub/../../secret.jx"\n导入 "link.jx"\n' > p/many.jx
ln -s ../secret.jx p/link.jx
jxc --lang=en check p/many.jx; echo "exit $?"
cd p && jxc check many.jx 2>&1 | grep -c E0329; cd ..
jxc check --allow-import=. p/many.jx 2>&1 | grep -c E0329
jxc check --allow-import-outside p/many.jx 2>&1 | grep -c E0329; true
=== stdout
exit 1
4
2
0
=== stderr
p/many.jx:1:4: error[E0329]: import '/etc/passwd' is outside 'p': imports read only files below the directory of the file given to jxc
  |
1 | 导入 "/etc/passwd"
  |      ^^^^^^^^^^^^^
  = help: to import it anyway, allow its directory with --allow-import=DIR, or any place with --allow-import-outside
p/many.jx:2:4: error[E0329]: import '/nonexistent/x.jx' is outside 'p': imports read only files below the directory of the file given to jxc
  |
2 | 导入 "/nonexistent/x.jx"
  |      ^^^^^^^^^^^^^^^^^^^
  = help: to import it anyway, allow its directory with --allow-import=DIR, or any place with --allow-import-outside
p/many.jx:3:4: error[E0329]: import 'sub/../../secret.jx' is outside 'p': imports read only files below the directory of the file given to jxc
  |
3 | 导入 "sub/../../secret.jx"
  |      ^^^^^^^^^^^^^^^^^^^^^
  = help: to import it anyway, allow its directory with --allow-import=DIR, or any place with --allow-import-outside
p/many.jx:4:4: error[E0329]: import 'link.jx' is outside 'p': imports read only files below the directory of the file given to jxc
  |
4 | 导入 "link.jx"
  |      ^^^^^^^^^
  = help: to import it anyway, allow its directory with --allow-import=DIR, or any place with --allow-import-outside
4 errors
