# W0403: A cumulative count whose 半年 target is above its 全年 target.
# The targets are compared in one unit (半年 ≥8000字 is below 全年 ≥1万字, ≥3千字 above ≥2000字);
# targets in units that do not convert into each other (人次, 个) are not compared.
# The first runs break exactly that rule; the last is the correct twin, silent.
=== file: bad.jx (fixture 江苏省级项目, replacing)
                培训人次 半年 ≥50人次 全年 ≥100人次
=== with
                培训人次 半年 ≥150人次 全年 ≥100人次
=== file: good.jx (fixture 江苏省级项目)
=== file: units.jx (fixture 江苏省级项目, replacing)
                培训人次 半年 ≥50人次 全年 ≥100人次
=== with
                培训人次 半年 ≥150人次 全年 ≥100个
                编写字数 半年 ≥8000字 全年 ≥1万字
                审校字数 半年 ≥3千字 全年 ≥2000字
=== run
jxc check --lang=en bad.jx
=== stderr
bad.jx:24:25: warning[W0403]: '培训人次' counts up over the year, but its 半年 target ≥150人次 is above its 全年 target ≥100人次
   |
24 |                 培训人次 半年 ≥150人次 全年 ≥100人次
   |                               ^^^^^^^^
1 warning
=== run
jxc check --lang=en units.jx
=== stderr
units.jx:26:25: warning[W0403]: '审校字数' counts up over the year, but its 半年 target ≥3千字 is above its 全年 target ≥2000字
   |
26 |                 审校字数 半年 ≥3千字 全年 ≥2000字
   |                               ^^^^^^
1 warning
=== run
jxc check --lang=en good.jx
