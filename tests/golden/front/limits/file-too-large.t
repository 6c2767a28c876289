# A file over the limit of 67108864 bytes (64 MiB) is refused with E0902 before any of it is
# lexed, with the help that says when jxc check takes one (this one is all NUL bytes): the
# file here is sparse, 3 GiB that take no disk and no time. The
# same holds for a file named by 导入 (reported at the import), and an import of something that
# is not a regular file (a device, a directory) is refused before it is read (here allowed to
# look outside the file's directory, which /dev/zero is: E0329 otherwise).
=== file: imports.jx
导入 "big.jx"
导入 "/dev/zero"
导入 "."
=== run
truncate -s 3G big.jx
jxc check --lang=en big.jx; echo "exit $?"
jxc check big.jx; echo "exit $?"
jxc check --lang=en --allow-import-outside imports.jx
=== stdout
exit 1
exit 1
=== stderr
jxc: error[E0902]: file 'big.jx' is too large: 3221225472 bytes (at most 67108864)
  = help: only jxc check takes a file over 64 MiB, and only when every file checked with it holds tables alone (项目, 部门, with 默认 before the first table): no declaration (单位, 等级, 指标组, 表式 {…}), 导入 or NUL byte
1 error
jxc: error[E0902]: 文件 'big.jx' 过大：3221225472 字节（最多 67108864 字节）
  = help: 超过 64 MiB 的文件只有 jxc check 能检查，而且一同检查的每个文件都只能含表（项目、部门，默认 在第一张表之前），不能有声明（单位、等级、指标组、表式 {…}）、导入或 NUL 字节
1 个错误
imports.jx:1:4: error[E0902]: file 'big.jx' is too large: 3221225472 bytes (at most 67108864)
  |
1 | 导入 "big.jx"
  |      ^^^^^^^^
imports.jx:2:4: error[E0312]: cannot import '/dev/zero': not a regular file (a directory, a device or a pipe)
  |
2 | 导入 "/dev/zero"
  |      ^^^^^^^^^^^
imports.jx:3:4: error[E0312]: cannot import '.': not a regular file (a directory, a device or a pipe)
  |
3 | 导入 "."
  |      ^^^
3 errors
=== exit
1
