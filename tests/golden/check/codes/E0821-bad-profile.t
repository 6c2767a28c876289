# E0821: a scoring profile with a setting it cannot read.
# The first run breaks exactly that rule; the second is the correct twin, silent. The third
# says it in Chinese, all of it (a bug once: the detail was English inside the Chinese sentence).
=== file: targets.jx (fixture 通用项目)
=== file: bad.jx
评分规则 本地 {
    权重 {
        产出指标 50 {
            成本指标
        }
        效益指标 30
        满意度指标 10
        预算执行率 10
    }
    正向 比例分
    定性 {
        达成 80%~100%
        部分达成 60%~80%
        未达成 0%~60%
    }
    评级 {
        优 90
        差 0
    }
}
自评 2025 {
    评分规则 本地
    项目 培训项目 {
        全年执行数 90
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
评分规则 本地 {
    权重 {
        产出指标 50 {
            成本指标
        }
        效益指标 30
        满意度指标 10
        预算执行率 10
    }
    正向 比例
    定性 {
        达成 80%~100%
        部分达成 60%~80%
        未达成 0%~60%
    }
    评级 {
        优 90
        差 0
    }
}
自评 2025 {
    评分规则 本地
    项目 培训项目 {
        全年执行数 90
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
bad.jx:10:5: error[E0821]: scoring profile '本地': a method is 比例 or 全或无
   |
10 |     正向 比例分
   |     ^^^^^^^^^^^
1 error
=== exit
1
=== run
jxc check --lang=en targets.jx good.jx
=== run
jxc check targets.jx bad.jx
=== stderr
bad.jx:10:5: error[E0821]: 评分规则 '本地'：计分方法是 比例 或 全或无
   |
10 |     正向 比例分
   |     ^^^^^^^^^^^
1 个错误
=== exit
1
