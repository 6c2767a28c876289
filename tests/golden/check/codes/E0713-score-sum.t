# E0713: the indicators' scores (分值, or its alias 权重) do not add up to the form's total.
# 通用项目's is 100, of which 预算执行率 takes 10: a table without that row may add up to 90.
# The first run breaks exactly that rule; the second is the correct twin, silent (90 without
# 预算执行率), and so is the third (100 with it).
=== file: bad.jx (fixture 通用项目, replacing)
                培训人次 ≥100人次
            }
            质量指标 {
                合格率 ≥95%
            }
            时效指标 {
                完成及时率 =100%
=== with
                培训人次 ≥100人次 { 分值 30 }
            }
            质量指标 {
                合格率 ≥95% { 分值 30 }
            }
            时效指标 {
                完成及时率 =100% { 分值 20 }
=== file: good.jx (fixture 通用项目, replacing)
                培训人次 ≥100人次
            }
            质量指标 {
                合格率 ≥95%
            }
            时效指标 {
                完成及时率 =100%
=== with
                培训人次 ≥100人次 { 分值 30 }
            }
            质量指标 {
                合格率 ≥95% { 分值 30 }
            }
            时效指标 {
                完成及时率 =100% { 分值 30 }
=== file: whole.jx (fixture 通用项目, replacing)
                培训人次 ≥100人次
            }
            质量指标 {
                合格率 ≥95%
            }
            时效指标 {
                完成及时率 =100%
=== with
                培训人次 ≥100人次 { 分值 30 }
                预算执行率 ≥90% { 权重 10 }
            }
            质量指标 {
                合格率 ≥95% { 分值 30 }
            }
            时效指标 {
                完成及时率 =100% { 分值 30 }
=== run
jxc check --lang=en bad.jx
=== stderr
bad.jx:17:5: error[E0713]: '培训项目': the indicators' 分值 add up to 80, not 100
   |
17 |     指标 {
   |     ^^^^
   = help: of the total 100, 预算执行率 takes 10: a table without that row may also add up to 90
1 error
=== exit
1
=== run
jxc check --lang=en good.jx
=== run
jxc check --lang=en whole.jx
