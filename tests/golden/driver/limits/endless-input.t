# An input with no end (a device such as /dev/zero, a pipe fed forever) is read only up to the
# size limit, checked while reading: it stops at 64 MiB with E0902, in a fraction of a second.
# It used to read 2 GiB into memory first (8 seconds, 2.1 GB resident). The suite
# tests/suites/hostile-inputs.sh runs these under memory and time limits.
=== run
jxc --lang=en check /dev/zero; echo "exit $?"
head -c 70000000 /dev/zero | jxc check -; echo "exit $?"
jxc fmt /dev/zero; echo "exit $?"
=== stdout
exit 1
exit 1
exit 2
=== stderr
jxc: error[E0902]: file '/dev/zero' is too large: > 67108864 bytes (at most 67108864)
1 error
jxc: error[E0902]: 文件 '<stdin>' 过大：> 67108864 字节（最多 67108864 字节）
1 个错误
jxc: 无法读取 '/dev/zero'：文件太大
