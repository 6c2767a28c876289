# W0403: A cumulative count whose 半年 target is above its 全年 target.
# The first run breaks exactly that rule; the second is the correct twin, silent.
=== file: bad.jx (fixture 江苏省级项目, replacing)
                培训人次 半年 ≥50人次 全年 ≥100人次
=== with
                培训人次 半年 ≥150人次 全年 ≥100人次
=== file: good.jx (fixture 江苏省级项目)
=== run
jxc check --lang=en bad.jx
=== stderr
bad.jx:24:25: warning[W0403]: '培训人次' counts up over the year, but its 半年 target ≥150人次 is above its 全年 target ≥100人次
   |
24 |                 培训人次 半年 ≥150人次 全年 ≥100人次
   |                               ^^^^^^^^
1 warning
=== run
jxc check --lang=en good.jx
