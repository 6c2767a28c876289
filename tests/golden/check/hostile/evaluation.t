# Hostile evaluations and profiles: missing values, names and years, bad dates, a profile with
# every setting wrong, all weights 0, zero budgets and a zero target: each a clear diagnostic, no
# crash (a zeroed fraction divided by zero under UBSan before the fix).
=== file: targets.jx
默认 {
    表式 通用项目
    年度 2025
    主管部门 某某局
    年度目标 "完成年度培训任务"
}

项目 培训项目 {
    开始时间 2025
    完成时间 2025
    资金 {
        财政拨款 90
    }
    指标 {
        产出指标 {
            数量指标 {
                培训人次 ≥100人次
            }
            质量指标 {
                合格率 ≥95%
            }
            时效指标 {
                完成及时率 =100%
            }
        }
        成本指标 {
            经济成本指标 {
                项目总成本 ≤总成本预算数
            }
        }
        效益指标 {
            社会效益指标 {
                群众知晓率 ≥80%
                社会影响 效果明显
            }
        }
        满意度指标 {
            服务对象满意度指标 {
                学员满意度 ≥90%
            }
        }
    }
}
=== file: h2.jx
自评 2025 {
    项目 {
    }
    项目 培训项目
    项目 培训项目 { 指标 { 产出指标 { 数量指标 { 质量指标 { 培训人次 } } } } }
}
=== file: h3.jx
自评 2025 {
    项目 培训项目 {
        指标 {
            培训人次 分值
            合格率 93% 得分
            合格率2 93% 分值 -5 得分 ≥3
            学员满意度 96% 档次
            群众知晓率 1e9 分值 99999999999999999
        }
        全年执行数 ≥3
        全年预算数 0
        执行率 "abc"
        总分 1,000,000,000,000,000
    }
}
=== file: h4.jx
评分规则 X {
}
评分规则 Y {
    权重 { 产出指标 }
    定性 { 甲 90%~10% }
    评级 { A 1 B 2 }
    舍入 99
    监控 { 红灯 }
}
自评 2025 {
    评分规则 Y
    项目 培训项目 {
        指标 { 培训人次 120人次 }
    }
}
=== file: h5.jx
监控 2025-02-30 {
}
监控 2025 {
}
监控 2024-12-31 {
    年度 2025
}
监控 2025-12-31 {
    项目 培训项目 {
        执行数 0
        全年预算数 0
        指标 { 培训人次 0人次 全年预计 ; 合格率 0% 完成可能性 也许 }
    }
}
=== file: h6.jx
自评 2025 {
    项目 培训项目 {
        分值 0
        指标 {
            培训人次 0人次 分值 0
            合格率 0% 分值 0
            完成及时率 0% 分值 0
            项目总成本 0 分值 0
            群众知晓率 0% 分值 0
            社会影响 "x" 分值 0 得分 0
            学员满意度 0% 分值 0
        }
    }
}
=== file: h7.jx
自评 2025 {
    项目
    项目 培训项目 {
        全年执行数
        指标 { 培训人次 120人次 分值 }
    }
}
=== run
jxc score --lang=en -f json targets.jx h2.jx > /dev/null
=== stderr
h2.jx:2:5: error[E0827]: '项目' takes a name, not -
  |
2 |     项目 {
  |     ^^^^
h2.jx:4:5: error[E0827]: '项目 培训项目' takes a block { … }, not -
  |
4 |     项目 培训项目
  |     ^^^^
h2.jx:5:41: error[E0802]: the target table of '培训项目' has no indicator '培训人次'
  |
5 |     项目 培训项目 { 指标 { 产出指标 { 数量指标 { 质量指标 { 培训人次 } } } } }
  |                                                             ^^^^^^^^
3 errors
=== exit
1
=== run
jxc score --lang=en -f json targets.jx h3.jx > /dev/null
=== stderr
targets.jx:34:17: error[E0822]: '社会影响' has no 分值, while other indicators under 效益指标 have one
   |
34 |                 社会影响 效果明显
   |                 ^^^^^^^^
h3.jx:2:8: warning[W0814]: '培训项目' states the total 1000000000000000; profile '财政部' gives 22.24
  |
2 |     项目 培训项目 {
  |          ^^^^^^^^
h3.jx:4:18: error[E0827]: '分值' takes a number, not -
  |
4 |             培训人次 分值
  |                      ^^^^
h3.jx:5:21: error[E0827]: '得分' takes a number, not -
  |
5 |             合格率 93% 得分
  |                        ^^^^
h3.jx:6:13: error[E0802]: the target table of '培训项目' has no indicator '合格率2'
  |
6 |             合格率2 93% 分值 -5 得分 ≥3
  |             ^^^^^^^
  = help: did you mean '合格率'?
h3.jx:7:23: error[E0827]: '档次' takes a number, not -
  |
7 |             学员满意度 96% 档次
  |                            ^^^^
h3.jx:8:19: error[E0803]: the actual 1e of '群众知晓率' cannot be compared with its target ≥80%: e against 比率
  |
8 |             群众知晓率 1e9 分值 99999999999999999
  |                        ^^
h3.jx:8:20: error[E0307]: unknown unit 'e'
  |
8 |             群众知晓率 1e9 分值 99999999999999999
  |                         ^
h3.jx:8:21: error[E0819]: '9' is not known in 群众知晓率
  |
8 |             群众知晓率 1e9 分值 99999999999999999
  |                          ^
h3.jx:10:15: error[E0827]: '全年执行数' takes an amount, not ≥3
   |
10 |         全年执行数 ≥3
   |                    ^^
h3.jx:12:13: error[E0827]: '执行率' takes a percentage, not abc
   |
12 |         执行率 "abc"
   |                ^^^^^
10 errors, 1 warning
=== exit
1
=== run
jxc score --lang=en -f json targets.jx h4.jx > /dev/null
=== stderr
h4.jx:1:1: error[E0821]: scoring profile 'X': it has no 权重
  |
1 | 评分规则 X {
  | ^^^^^^^^^^^^
h4.jx:1:1: error[E0821]: scoring profile 'X': it has no 定性 bands
  |
1 | 评分规则 X {
  | ^^^^^^^^^^^^
h4.jx:1:1: error[E0821]: scoring profile 'X': it has no 评级
  |
1 | 评分规则 X {
  | ^^^^^^^^^^^^
h4.jx:3:1: error[E0821]: scoring profile 'Y': it has no 定性 bands
  |
3 | 评分规则 Y {
  | ^^^^^^^^^^^^
h4.jx:3:1: error[E0821]: scoring profile 'Y': it has no 评级
  |
3 | 评分规则 Y {
  | ^^^^^^^^^^^^
h4.jx:4:10: error[E0821]: scoring profile 'Y': 权重 takes lines '一级 分值'
  |
4 |     权重 { 产出指标 }
  |            ^^^^^^^^
h4.jx:5:10: error[E0821]: scoring profile 'Y': a band's low end is above its high end
  |
5 |     定性 { 甲 90%~10% }
  |            ^^^^^^^^^^
h4.jx:6:10: error[E0821]: scoring profile 'Y': a grade is '等级 下限'
  |
6 |     评级 { A 1 B 2 }
  |            ^^^^^^^
h4.jx:7:5: error[E0821]: scoring profile 'Y': 舍入 takes the number of places, 0 to 6
  |
7 |     舍入 99
  |     ^^^^^^^
h4.jx:8:10: error[E0821]: scoring profile 'Y': 监控 takes '红灯 N%' and '黄灯 N%'
  |
8 |     监控 { 红灯 }
  |            ^^^^
10 errors
=== exit
1
=== run
jxc score --lang=en -f json targets.jx h5.jx > /dev/null
=== stderr
h5.jx:1:4: error[E0827]: '监控' takes a date, not 2025-02-30
  |
1 | 监控 2025-02-30 {
  |      ^^^^^^^^^^
h5.jx:3:4: error[E0827]: '监控' takes a date, not 2025
  |
3 | 监控 2025 {
  |      ^^^^
h5.jx:5:4: error[E0816]: the monitoring date 2024-12-31 is outside the year 2025
  |
5 | 监控 2024-12-31 {
  |      ^^^^^^^^^^
h5.jx:12:19: error[E0817]: '培训人次' is red (progress 0%, pro-rata 100%): it needs a 偏差原因
   |
12 |         指标 { 培训人次 0人次 全年预计 ; 合格率 0% 完成可能性 也许 }
   |                         ^^^^^
h5.jx:12:23: error[E0827]: '全年预计' takes a number, not -
   |
12 |         指标 { 培训人次 0人次 全年预计 ; 合格率 0% 完成可能性 也许 }
   |                               ^^^^^^^^
h5.jx:12:30: error[E0827]: '完成可能性' takes 确定能、有可能、完全不可能, not 也许
   |
12 |         指标 { 培训人次 0人次 全年预计 ; 合格率 0% 完成可能性 也许 }
   |                                          ^^^^^^
6 errors
=== exit
1
=== run
jxc score --lang=en -f json targets.jx h6.jx > /dev/null
=== stderr
h6.jx:2:8: warning[W0807]: the 分值 under 产出指标 of '培训项目' sum to 0; profile '财政部' gives it 50
  |
2 |     项目 培训项目 {
  |          ^^^^^^^^
h6.jx:2:8: warning[W0807]: the 分值 under 效益指标 of '培训项目' sum to 0; profile '财政部' gives it 30
  |
2 |     项目 培训项目 {
  |          ^^^^^^^^
h6.jx:2:8: warning[W0807]: the 分值 under 满意度指标 of '培训项目' sum to 0; profile '财政部' gives it 10
  |
2 |     项目 培训项目 {
  |          ^^^^^^^^
h6.jx:2:8: error[E0806]: the 分值 of '培训项目' sum to 0, not 100 (预算执行率 0, 产出指标 0, 效益指标 0, 满意度指标 0)
  |
2 |     项目 培训项目 {
  |          ^^^^^^^^
1 error, 3 warnings
=== exit
1
=== run
jxc score --lang=en -f json targets.jx h7.jx > /dev/null
=== stderr
targets.jx:20:17: warning[W0805]: indicator '合格率' has no actual: it scores 0
   |
20 |                 合格率 ≥95%
   |                 ^^^^^^
targets.jx:23:17: warning[W0805]: indicator '完成及时率' has no actual: it scores 0
   |
23 |                 完成及时率 =100%
   |                 ^^^^^^^^^^
targets.jx:28:17: warning[W0805]: indicator '项目总成本' has no actual: it scores 0
   |
28 |                 项目总成本 ≤总成本预算数
   |                 ^^^^^^^^^^
targets.jx:33:17: warning[W0805]: indicator '群众知晓率' has no actual: it scores 0
   |
33 |                 群众知晓率 ≥80%
   |                 ^^^^^^^^^^
targets.jx:34:17: warning[W0805]: indicator '社会影响' has no actual: it scores 0
   |
34 |                 社会影响 效果明显
   |                 ^^^^^^^^
targets.jx:39:17: warning[W0805]: indicator '学员满意度' has no actual: it scores 0
   |
39 |                 学员满意度 ≥90%
   |                 ^^^^^^^^^^
h7.jx:2:5: error[E0827]: '项目' takes a name, not -
  |
2 |     项目
  |     ^^^^
h7.jx:4:9: error[E0827]: '全年执行数' takes an amount, not -
  |
4 |         全年执行数
  |         ^^^^^^^^^^
h7.jx:5:25: error[E0827]: '分值' takes a number, not -
  |
5 |         指标 { 培训人次 120人次 分值 }
  |                                 ^^^^
3 errors, 6 warnings
=== exit
1
