# E0325: an indicator's cell in a column its form does not have (通用项目's 指标列 are 指标性质,
# 度量单位, 指标方向, 分值, 绩效标准, 指标解释, 评分标准, 计算方法, 指标值说明, and their aliases).
# The first run breaks exactly that rule; the second is the correct twin, silent.
=== file: bad.jx (fixture 通用项目, replacing)
                培训人次 ≥100人次
=== with
                培训人次 ≥100人次 { 指标说名 "全年培训的人次" }
=== file: good.jx (fixture 通用项目, replacing)
                培训人次 ≥100人次
=== with
                培训人次 ≥100人次 { 指标解释 "全年培训的人次"; 计量单位 人次 }
=== run
jxc check --lang=en bad.jx
=== stderr
bad.jx:20:31: error[E0325]: form '通用项目' has no indicator column '指标说名'
   |
20 |                 培训人次 ≥100人次 { 指标说名 "全年培训的人次" }
   |                                     ^^^^^^^^
   = help: expected one of: 指标性质、度量单位、指标方向、分值、绩效标准、指标解释、评分标准、计算方法、指标值说明
1 error
=== exit
1
=== run
jxc check --lang=en good.jx
