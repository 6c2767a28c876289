# W0824: a text actual that cannot be compared with its target, no band or score given: 0.
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
            社会影响 "宣传覆盖全市"
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
            社会影响 "宣传覆盖全市" 档次 达成
            学员满意度 95%
        }
    }
}
=== run
jxc check --lang=en targets.jx bad.jx
=== stderr
bad.jx:10:18: warning[W0824]: '社会影响': the actual 宣传覆盖全市 cannot be compared with the target 效果明显, and no band or score is given: it scores 0
   |
10 |             社会影响 "宣传覆盖全市"
   |                      ^^^^^^^^^^^^^^
   = help: give the band (档次 达成) or the evaluator's score (得分 8)
1 warning
=== run
jxc check --lang=en targets.jx good.jx
