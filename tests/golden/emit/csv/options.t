# --table and --encoding take known values only: anything else is a usage error (exit 2) and
# no output file is left behind.
=== file: a.jx
默认 {
    表式 通用项目
    年度 2025
    主管部门 x
}
项目 a {
    年度目标 "x"
}
=== run
jxc build -f csv --table totals -o out.csv a.jx 2>&1; echo "exit $?"; jxc build -f csv --lang=en --encoding latin1 -o out.csv a.jx 2>&1; echo "exit $?"; ls
=== stdout
jxc: 未知的表 'totals'（可用 indicators、funds、expenses）
（用法见 jxc help build）
exit 2
jxc: unknown encoding 'latin1' (utf-8 or gb18030)
(see 'jxc help build')
exit 2
a.jx
