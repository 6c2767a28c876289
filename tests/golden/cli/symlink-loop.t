# A directory is walked once however many symbolic links lead back into it: two links to the
# parent made the walk exponential (a hang). Files are named from "." without a "./" prefix,
# in check as in fmt.
=== file: d/sub/a.jx
项目 甲 {
    表式 通用项目
}
=== run
ln -s .. d/sub/up1 && ln -s .. d/sub/up2 && ln -s sub d/again
jxc --lang=en check d 2>&1 | grep -c "E0303"
jxc fmt --check d; echo "exit $?"
cd d && jxc --lang=en check . 2>&1 | grep -m 1 "error"
=== stdout
2
exit 0
again/a.jx:1:4: error[E0303]: required field '年度' is missing (form '通用项目' requires it)
