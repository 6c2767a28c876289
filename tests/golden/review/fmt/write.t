# -w rewrites the file in place (atomically) and prints nothing; a second run finds nothing to
# change.
=== file: w.jx
项目 甲 {年度目标 "x"; 资金 { 财政拨款 1 } }
=== run
jxc fmt -w w.jx && cat w.jx && jxc fmt --check w.jx && echo formatted
=== stdout
项目 甲 {
    年度目标 "x"
    资金 {
        财政拨款 1
    }
}
formatted
