# W0701: A project with no indicator under 满意度指标.
# The first run breaks exactly that rule; the second is the correct twin, silent.
=== file: bad.jx (fixture 通用项目, replacing)
        }
        满意度指标 {
            服务对象满意度指标 {
                学员满意度 ≥90%
            }
        }
=== with
        }
=== file: good.jx (fixture 通用项目)
=== run
jxc check --lang=en bad.jx
=== stderr
bad.jx:17:5: warning[W0701]: '培训项目' has no indicator under 满意度指标
   |
17 |     指标 {
   |     ^^^^
1 warning
=== run
jxc check --lang=en good.jx
