# A directory walk takes regular files only. A FIFO named *.jx used to block check, fmt --check
# and fmt -w forever (fmt -w after it had rewritten the files before it); a device named *.jx
# was read. Now each is skipped with a message, and the other files are still processed. A
# symbolic link *.jx to nothing is a file that cannot be read: said, and status 2. A FIFO named
# on the command line is opened without waiting for a writer: with none, it is an error, not an
# empty file and not a hang; a pipe with a writer (/dev/stdin, <(…)) is read like standard
# input.
=== file: d/a.jx (fixture 通用项目)
=== file: d/b.jx
默认   {
  年度 2025
}
=== file: e/a.jx (fixture 通用项目)
=== run
mkfifo d/p.jx e/p.jx && ln -s /dev/null d/null.jx
jxc check d; echo "check: $?"
jxc fmt --check d; echo "fmt --check: $?"
jxc fmt -w d; echo "fmt -w: $?"
cat d/b.jx
jxc --lang=en check e; echo "check e: $?"
=== stdout
check: 0
d/b.jx
fmt --check: 1
fmt -w: 0
默认 {
    年度 2025
}
check e: 0
=== stderr
jxc: 跳过 'd/null.jx'：不是普通文件，而是字符设备
jxc: 跳过 'd/p.jx'：不是普通文件，而是命名管道（FIFO）
d/b.jx:1:1: warning[W0331]: 这个文件的 默认 没有作用：文件中没有 项目 或 部门
  |
1 | 默认   {
  | ^^^^
  = help: 默认 只作用于它所在文件中的表：把它写到表所在的文件里
1 个警告
jxc: 跳过 'd/null.jx'：不是普通文件，而是字符设备
jxc: 跳过 'd/p.jx'：不是普通文件，而是命名管道（FIFO）
jxc: 跳过 'd/null.jx'：不是普通文件，而是字符设备
jxc: 跳过 'd/p.jx'：不是普通文件，而是命名管道（FIFO）
jxc: skipped 'e/p.jx': not a regular file but a FIFO (named pipe)
=== run
ln -s nowhere.jx e/gone.jx
jxc check e; echo "check: $?"
jxc --lang=en fmt --check e; echo "fmt --check: $?"
=== stdout
check: 2
fmt --check: 2
=== stderr
jxc: 无法读取 'e/gone.jx'：它是符号链接，指向的 'nowhere.jx' 不存在
jxc: 跳过 'e/p.jx'：不是普通文件，而是命名管道（FIFO）
jxc: cannot read 'e/gone.jx': it is a symbolic link to 'nowhere.jx', which does not exist
jxc: skipped 'e/p.jx': not a regular file but a FIFO (named pipe)
=== run
jxc check e/p.jx; echo "check: $?"
jxc --lang=en fmt e/p.jx; echo "fmt: $?"
cat e/a.jx | jxc check /dev/stdin; echo "a pipe with a writer: $?"
=== stdout
check: 2
fmt: 2
a pipe with a writer: 0
=== stderr
jxc: 无法读取 'e/p.jx'：这是命名管道（FIFO），没有程序向它写入
jxc: cannot read 'e/p.jx': it is a FIFO (named pipe) that no program is writing to
