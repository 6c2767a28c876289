# A unit's conversion (单位 NAME MEASURE) formats as one line, its measure as written; a
# 别名 of units aligns like any other. The formatted file checks clean.
=== file: u.jx
单位 长度 { 里 }
单位   里    500米
单位 "丈" 3.33米
  别名 { 里 华里
 "丈" 仗 }
=== run
jxc fmt u.jx > f.jx; cat f.jx; jxc fmt --check f.jx && jxc check f.jx
=== stdout
单位 长度 {
    里
}

单位 里 500米
单位 "丈" 3.33米

别名 {
    里   华里
    "丈" 仗
}
