# E0828: a 年度资金总额 row that is not the sum of its sources' rows.
# The first run breaks exactly that rule; the second is the correct twin, silent.
=== file: targets.jx (fixture 通用项目)
=== file: bad.jx
自评 2025 {
    项目 培训项目 {
        年初预算数 90
        全年预算数 90
        全年执行数 0
        资金 {
            财政拨款 90 90 90
        }
        指标 {
            培训人次 120人次
            合格率 96%
            完成及时率 100%
            项目总成本 88万元
            群众知晓率 85%
            学员满意度 95%
        }
    }
}
=== file: good.jx
自评 2025 {
    项目 培训项目 {
        年初预算数 90
        全年预算数 90
        全年执行数 90
        资金 {
            财政拨款 90 90 90
        }
        指标 {
            培训人次 120人次
            合格率 96%
            完成及时率 100%
            项目总成本 88万元
            群众知晓率 85%
            学员满意度 95%
        }
    }
}
=== run
jxc check --lang=en targets.jx bad.jx
=== stderr
bad.jx:5:15: error[E0828]: the 全年执行数 of '培训项目' (its 年度资金总额 row) is 0, but its sources sum to 90
  |
5 |         全年执行数 0
  |                    ^
1 error
=== exit
1
=== run
jxc check --lang=en targets.jx good.jx
