# E0821: a scoring profile with a setting it cannot read.
# The first run breaks exactly that rule; the second is the correct twin, silent. The third
# says it in Chinese, all of it (a bug once: the detail was English inside the Chinese sentence).
# The fourth writes 定性 twice (found by the fuzzer: the second block's bands overran an array
# sized for it alone, under ASan a use-after-poison); the second is E0304 as in a form or a table,
# and the first counts.
# The fifth names a setting a profile does not have (a bug once: the message ended in the
# note's raw id, '反复'<U+0001>186, instead of its words).
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
=== file: twice.jx
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
=== file: unknown.jx
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
    反复 1
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
=== run
jxc check --lang=en targets.jx twice.jx
=== stderr
twice.jx:16:5: error[E0304]: '定性' is written twice
   |
16 |     定性 {
   |     ^^^^
twice.jx:11:5: note: first written here
   |
11 |     定性 {
   |     ----
1 error
=== exit
1
=== run
jxc check targets.jx unknown.jx
=== stderr
unknown.jx:11:5: error[E0821]: 评分规则 '本地'：'反复' 不是评分规则的设置
   |
11 |     反复 1
   |     ^^^^^^
1 个错误
=== exit
1
