# E0402: 半年 and 全年 of different dimensions.
# The first run breaks exactly that rule; the second is the correct twin, silent.
=== file: bad.jx (fixture 江苏省级项目, replacing)
                培训人次 半年 ≥50人次 全年 ≥100人次
=== with
                培训人次 半年 ≥50% 全年 ≥100人次
=== file: good.jx (fixture 江苏省级项目)
=== run
jxc check --lang=en bad.jx
=== stderr
bad.jx:24:33: error[E0402]: '培训人次': the 半年 value ≥50% (比率) and the 全年 value ≥100人次 (计数) have different dimensions
   |
24 |                 培训人次 半年 ≥50% 全年 ≥100人次
   |                                         ^^^^^^^^
1 error
=== exit
1
=== run
jxc check --lang=en good.jx
