# --check lists the files that are not formatted (and exits 1); a formatted file passes. A
# directory means every .jx file below it.
=== file: dir/ok.jx
项目 好 {
    年度目标 "x"
}
=== file: dir/sub/messy.jx
项目   乱 {年度目标 "x"}
=== run
jxc fmt --check dir
=== stdout
dir/sub/messy.jx
=== exit
1
