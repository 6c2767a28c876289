# E0312 in Chinese says all of it in Chinese (it said "not a regular file" and "not in the
# standard library" in English inside the Chinese sentence), and says 无法导入 (cannot import),
# not 找不到 (cannot find), since /dev/zero or a directory is there but is not a file to read.
# (/dev/zero is outside the file's directory: --allow-import-outside lets the import try it.)
=== run
printf '导入 "/dev/zero"\n导入 "."\n导入 "std/无此文件.jx"\n导入 "无此文件.jx"\n' > imports.jx
jxc check --allow-import-outside imports.jx
jxc check --allow-import-outside --lang=en imports.jx
=== stderr
imports.jx:1:4: error[E0312]: 无法导入 '/dev/zero'：这不是普通文件（而是目录、设备或管道）
  |
1 | 导入 "/dev/zero"
  |      ^^^^^^^^^^^
imports.jx:2:4: error[E0312]: 无法导入 '.'：这不是普通文件（而是目录、设备或管道）
  |
2 | 导入 "."
  |      ^^^
imports.jx:3:4: error[E0312]: 无法导入 'std/无此文件.jx'：标准库中没有这个文件
  |
3 | 导入 "std/无此文件.jx"
  |      ^^^^^^^^^^^^^^^^^
imports.jx:4:4: error[E0312]: 无法导入 '无此文件.jx'：没有这个文件或目录
  |
4 | 导入 "无此文件.jx"
  |      ^^^^^^^^^^^^^
4 个错误
imports.jx:1:4: error[E0312]: cannot import '/dev/zero': not a regular file (a directory, a device or a pipe)
  |
1 | 导入 "/dev/zero"
  |      ^^^^^^^^^^^
imports.jx:2:4: error[E0312]: cannot import '.': not a regular file (a directory, a device or a pipe)
  |
2 | 导入 "."
  |      ^^^
imports.jx:3:4: error[E0312]: cannot import 'std/无此文件.jx': not in the standard library
  |
3 | 导入 "std/无此文件.jx"
  |      ^^^^^^^^^^^^^^^^^
imports.jx:4:4: error[E0312]: cannot import '无此文件.jx': No such file or directory
  |
4 | 导入 "无此文件.jx"
  |      ^^^^^^^^^^^^^
4 errors
=== exit
1
