# W0823: a qualitative actual below the top band and no score: scored at the band's low end.
# The first run breaks exactly that rule; the second is the correct twin, silent.
=== file: targets.jx (fixture 通用项目, replacing)
                群众知晓率 ≥80%
=== with
                群众知晓率 ≥80%
                社会影响 效果明显
=== file: bad.jx
自评 2025 {
    项目 培训项目 {
        全年执行数 90
        指标 {
            培训人次 120人次
            合格率 96%
            完成及时率 100%
            项目总成本 88万元
            群众知晓率 85%
            社会影响 效果一般
            学员满意度 95%
        }
    }
}
=== file: good.jx
自评 2025 {
    项目 培训项目 {
        全年执行数 90
        指标 {
            培训人次 120人次
            合格率 96%
            完成及时率 100%
            项目总成本 88万元
            群众知晓率 85%
            社会影响 效果明显
            学员满意度 95%
        }
    }
}
=== run
jxc check --lang=en targets.jx bad.jx
=== stderr
bad.jx:10:18: warning[W0823]: '社会影响': the actual 效果一般 is not in the top band and no score is given: scored at the low end of '部分达成并具有一定效果', 9
   |
10 |             社会影响 效果一般
   |                      ^^^^^^^^
1 warning
=== run
jxc check --lang=en targets.jx good.jx
