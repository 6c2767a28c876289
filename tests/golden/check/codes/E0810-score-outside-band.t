# E0810: a qualitative score outside its band.
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
            社会影响 效果一般 得分 14
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
            社会影响 效果一般 得分 11
            学员满意度 95%
        }
    }
}
=== run
jxc check --lang=en targets.jx bad.jx
=== stderr
bad.jx:10:26: error[E0810]: the score 14 of '社会影响' is outside the band '部分达成并具有一定效果': 9 to 12
   |
10 |             社会影响 效果一般 得分 14
   |                                    ^^
1 error
=== exit
1
=== run
jxc check --lang=en targets.jx good.jx
