# E0421: a cell that is not of its column's kind: 指标性质 is 定量 or 定性, 指标方向 正向 or
# 反向, a score a number, 度量单位 a unit.
# The first run breaks exactly that rule; the second is the correct twin, silent.
=== file: bad.jx (fixture 通用项目, replacing)
                培训人次 ≥100人次
=== with
                培训人次 ≥100人次 { 指标性质 数量; 分值 十; 指标方向 向上 }
=== file: good.jx (fixture 通用项目, replacing)
                培训人次 ≥100人次
=== with
                培训人次 ≥100人次 { 指标性质 定量; 指标方向 正向 }
=== run
jxc check --lang=en bad.jx
=== stderr
bad.jx:20:36: error[E0421]: indicator '培训人次': 数量 is no value of its 指标性质
   |
20 |                 培训人次 ≥100人次 { 指标性质 数量; 分值 十; 指标方向 向上 }
   |                                              ^^^^
   = help: write its 指标性质 as 定量 | 定性
bad.jx:20:43: error[E0421]: indicator '培训人次': 十 is no value of its 分值
   |
20 |                 培训人次 ≥100人次 { 指标性质 数量; 分值 十; 指标方向 向上 }
   |                                                         ^^
   = help: write its 分值 as 10
bad.jx:20:51: error[E0421]: indicator '培训人次': 向上 is no value of its 指标方向
   |
20 |                 培训人次 ≥100人次 { 指标性质 数量; 分值 十; 指标方向 向上 }
   |                                                                      ^^^^
   = help: write its 指标方向 as 正向 | 反向
3 errors
=== exit
1
=== run
jxc check --lang=en good.jx
