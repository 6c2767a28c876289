# The default profile on each kind of quantitative target: ≥ and > (met, under: 分值 × 完成值 ÷ 指标值),
# ≤ (met, over: 分值 × 指标值 ÷ 完成值; a zero target not met: 0), = (met, below, above), a range
# (inside, below its low end, above its high end), a reference (≤总成本预算数, met and over; a bare
# number in the table's 万元), ‰ against %, 元 against 万元.
=== file: targets.jx
# jxc: allow-file W0701, W0702, W0710
默认 {
    表式 通用项目
    年度 2025
    主管部门 某某局
    年度目标 "完成年度任务"
}

项目 正向达成 {
    开始时间 2025
    完成时间 2025
    资金 {
        财政拨款 100
    }
    支出 {
        业务费 全年 100
    }
    指标 {
        产出指标 {
            数量指标 {
                产出 ≥100人次
            }
        }
        效益指标 {
            社会效益指标 {
                效益 ≥80%
            }
        }
        满意度指标 {
            服务对象满意度指标 {
                满意度 ≥90%
            }
        }
    }
}

项目 正向未达 {
    开始时间 2025
    完成时间 2025
    资金 {
        财政拨款 100
    }
    支出 {
        业务费 全年 100
    }
    指标 {
        产出指标 {
            数量指标 {
                产出 ≥100人次
            }
        }
        效益指标 {
            社会效益指标 {
                效益 ≥80%
            }
        }
        满意度指标 {
            服务对象满意度指标 {
                满意度 ≥90%
            }
        }
    }
}

项目 大于未达 {
    开始时间 2025
    完成时间 2025
    资金 {
        财政拨款 100
    }
    支出 {
        业务费 全年 100
    }
    指标 {
        产出指标 {
            数量指标 {
                产出 >100人次
            }
        }
        效益指标 {
            社会效益指标 {
                效益 ≥80%
            }
        }
        满意度指标 {
            服务对象满意度指标 {
                满意度 ≥90%
            }
        }
    }
}

项目 反向达成 {
    开始时间 2025
    完成时间 2025
    资金 {
        财政拨款 100
    }
    支出 {
        业务费 全年 100
    }
    指标 {
        产出指标 {
            数量指标 {
                产出 ≤5天
            }
        }
        效益指标 {
            社会效益指标 {
                效益 ≥80%
            }
        }
        满意度指标 {
            服务对象满意度指标 {
                满意度 ≥90%
            }
        }
    }
}

项目 反向超出 {
    开始时间 2025
    完成时间 2025
    资金 {
        财政拨款 100
    }
    支出 {
        业务费 全年 100
    }
    指标 {
        产出指标 {
            数量指标 {
                产出 ≤5天
            }
        }
        效益指标 {
            社会效益指标 {
                效益 ≥80%
            }
        }
        满意度指标 {
            服务对象满意度指标 {
                满意度 ≥90%
            }
        }
    }
}

项目 反向零目标 {
    开始时间 2025
    完成时间 2025
    资金 {
        财政拨款 100
    }
    支出 {
        业务费 全年 100
    }
    指标 {
        产出指标 {
            数量指标 {
                产出 ≤0起
            }
        }
        效益指标 {
            社会效益指标 {
                效益 ≥80%
            }
        }
        满意度指标 {
            服务对象满意度指标 {
                满意度 ≥90%
            }
        }
    }
}

项目 等于达成 {
    开始时间 2025
    完成时间 2025
    资金 {
        财政拨款 100
    }
    支出 {
        业务费 全年 100
    }
    指标 {
        产出指标 {
            数量指标 {
                产出 =100%
            }
        }
        效益指标 {
            社会效益指标 {
                效益 ≥80%
            }
        }
        满意度指标 {
            服务对象满意度指标 {
                满意度 ≥90%
            }
        }
    }
}

项目 等于偏低 {
    开始时间 2025
    完成时间 2025
    资金 {
        财政拨款 100
    }
    支出 {
        业务费 全年 100
    }
    指标 {
        产出指标 {
            数量指标 {
                产出 =100%
            }
        }
        效益指标 {
            社会效益指标 {
                效益 ≥80%
            }
        }
        满意度指标 {
            服务对象满意度指标 {
                满意度 ≥90%
            }
        }
    }
}

项目 等于偏高 {
    开始时间 2025
    完成时间 2025
    资金 {
        财政拨款 100
    }
    支出 {
        业务费 全年 100
    }
    指标 {
        产出指标 {
            数量指标 {
                产出 =12期
            }
        }
        效益指标 {
            社会效益指标 {
                效益 ≥80%
            }
        }
        满意度指标 {
            服务对象满意度指标 {
                满意度 ≥90%
            }
        }
    }
}

项目 区间之内 {
    开始时间 2025
    完成时间 2025
    资金 {
        财政拨款 100
    }
    支出 {
        业务费 全年 100
    }
    指标 {
        产出指标 {
            数量指标 {
                产出 80%~90%
            }
        }
        效益指标 {
            社会效益指标 {
                效益 ≥80%
            }
        }
        满意度指标 {
            服务对象满意度指标 {
                满意度 ≥90%
            }
        }
    }
}

项目 区间之下 {
    开始时间 2025
    完成时间 2025
    资金 {
        财政拨款 100
    }
    支出 {
        业务费 全年 100
    }
    指标 {
        产出指标 {
            数量指标 {
                产出 80%~90%
            }
        }
        效益指标 {
            社会效益指标 {
                效益 ≥80%
            }
        }
        满意度指标 {
            服务对象满意度指标 {
                满意度 ≥90%
            }
        }
    }
}

项目 区间之上 {
    开始时间 2025
    完成时间 2025
    资金 {
        财政拨款 100
    }
    支出 {
        业务费 全年 100
    }
    指标 {
        产出指标 {
            数量指标 {
                产出 80%~90%
            }
        }
        效益指标 {
            社会效益指标 {
                效益 ≥80%
            }
        }
        满意度指标 {
            服务对象满意度指标 {
                满意度 ≥90%
            }
        }
    }
}

项目 引用达成 {
    开始时间 2025
    完成时间 2025
    资金 {
        财政拨款 100
    }
    支出 {
        业务费 全年 100
    }
    指标 {
        产出指标 {
            数量指标 {
                产出 ≤总成本预算数
            }
        }
        效益指标 {
            社会效益指标 {
                效益 ≥80%
            }
        }
        满意度指标 {
            服务对象满意度指标 {
                满意度 ≥90%
            }
        }
    }
}

项目 引用超出 {
    开始时间 2025
    完成时间 2025
    资金 {
        财政拨款 100
    }
    支出 {
        业务费 全年 100
    }
    指标 {
        产出指标 {
            数量指标 {
                产出 ≤总成本预算数
            }
        }
        效益指标 {
            社会效益指标 {
                效益 ≥80%
            }
        }
        满意度指标 {
            服务对象满意度指标 {
                满意度 ≥90%
            }
        }
    }
}

项目 千分比 {
    开始时间 2025
    完成时间 2025
    资金 {
        财政拨款 100
    }
    支出 {
        业务费 全年 100
    }
    指标 {
        产出指标 {
            数量指标 {
                产出 ≥5‰
            }
        }
        效益指标 {
            社会效益指标 {
                效益 ≥80%
            }
        }
        满意度指标 {
            服务对象满意度指标 {
                满意度 ≥90%
            }
        }
    }
}

项目 万元换算 {
    开始时间 2025
    完成时间 2025
    资金 {
        财政拨款 100
    }
    支出 {
        业务费 全年 100
    }
    指标 {
        产出指标 {
            数量指标 {
                产出 ≥30万元
            }
        }
        效益指标 {
            社会效益指标 {
                效益 ≥80%
            }
        }
        满意度指标 {
            服务对象满意度指标 {
                满意度 ≥90%
            }
        }
    }
}
=== file: eval.jx
自评 2025 {
    项目 正向达成 {
        全年执行数 100
        指标 {
            产出 120人次 分值 50
            效益 85% 分值 30
            满意度 95% 分值 10
        }
    }
    项目 正向未达 {
        全年执行数 100
        指标 {
            产出 85人次 分值 50
            效益 85% 分值 30
            满意度 95% 分值 10
        }
    }
    项目 大于未达 {
        全年执行数 100
        指标 {
            产出 100人次 分值 50
            效益 85% 分值 30
            满意度 95% 分值 10
        }
    }
    项目 反向达成 {
        全年执行数 100
        指标 {
            产出 4天 分值 50
            效益 85% 分值 30
            满意度 95% 分值 10
        }
    }
    项目 反向超出 {
        全年执行数 100
        指标 {
            产出 8天 分值 50
            效益 85% 分值 30
            满意度 95% 分值 10
        }
    }
    项目 反向零目标 {
        全年执行数 100
        指标 {
            产出 1起 分值 50
            效益 85% 分值 30
            满意度 95% 分值 10
        }
    }
    项目 等于达成 {
        全年执行数 100
        指标 {
            产出 100% 分值 50
            效益 85% 分值 30
            满意度 95% 分值 10
        }
    }
    项目 等于偏低 {
        全年执行数 100
        指标 {
            产出 90% 分值 50
            效益 85% 分值 30
            满意度 95% 分值 10
        }
    }
    项目 等于偏高 {
        全年执行数 100
        指标 {
            产出 15期 分值 50
            效益 85% 分值 30
            满意度 95% 分值 10
        }
    }
    项目 区间之内 {
        全年执行数 100
        指标 {
            产出 85% 分值 50
            效益 85% 分值 30
            满意度 95% 分值 10
        }
    }
    项目 区间之下 {
        全年执行数 100
        指标 {
            产出 60% 分值 50
            效益 85% 分值 30
            满意度 95% 分值 10
        }
    }
    项目 区间之上 {
        全年执行数 100
        指标 {
            产出 95% 分值 50
            效益 85% 分值 30
            满意度 95% 分值 10
        }
    }
    项目 引用达成 {
        全年执行数 100
        指标 {
            产出 95万元 分值 50
            效益 85% 分值 30
            满意度 95% 分值 10
        }
    }
    项目 引用超出 {
        全年执行数 100
        指标 {
            产出 125 分值 50
            效益 85% 分值 30
            满意度 95% 分值 10
        }
    }
    项目 千分比 {
        全年执行数 100
        指标 {
            产出 0.4% 分值 50
            效益 85% 分值 30
            满意度 95% 分值 10
        }
    }
    项目 万元换算 {
        全年执行数 100
        指标 {
            产出 240000元 分值 50
            效益 85% 分值 30
            满意度 95% 分值 10
        }
    }
}
=== run
jxc score targets.jx eval.jx
=== stdout
自评 2025 · 正向达成 (评分规则 财政部)
  产出指标 › 数量指标 › 产出
    目标 ≥100人次 · 实际 120人次 · 分值 50 · 得分 50 = 达到目标：满分
  效益指标 › 社会效益指标 › 效益
    目标 ≥80% · 实际 85% · 分值 30 · 得分 30 = 达到目标：满分
  满意度指标 › 服务对象满意度指标 › 满意度
    目标 ≥90% · 实际 95% · 分值 10 · 得分 10 = 达到目标：满分
  预算执行率
    分值 10 · 得分 10 = 10 × 100 ÷ 100 (执行率 100%)
  产出指标: 分值 50 · 得分 50
  效益指标: 分值 30 · 得分 30
  满意度指标: 分值 10 · 得分 10
  总分 100.00 · 等级 优 (精确值 100.00，最后一次四舍五入到 2 位)

自评 2025 · 正向未达 (评分规则 财政部)
  产出指标 › 数量指标 › 产出
    目标 ≥100人次 · 实际 85人次 · 分值 50 · 得分 42.5 = 50 × 85 ÷ 100
  效益指标 › 社会效益指标 › 效益
    目标 ≥80% · 实际 85% · 分值 30 · 得分 30 = 达到目标：满分
  满意度指标 › 服务对象满意度指标 › 满意度
    目标 ≥90% · 实际 95% · 分值 10 · 得分 10 = 达到目标：满分
  预算执行率
    分值 10 · 得分 10 = 10 × 100 ÷ 100 (执行率 100%)
  产出指标: 分值 50 · 得分 42.5
  效益指标: 分值 30 · 得分 30
  满意度指标: 分值 10 · 得分 10
  总分 92.50 · 等级 优 (精确值 92.50，最后一次四舍五入到 2 位)

自评 2025 · 大于未达 (评分规则 财政部)
  产出指标 › 数量指标 › 产出
    目标 >100人次 · 实际 100人次 · 分值 50 · 得分 50 = 50 × 100 ÷ 100
  效益指标 › 社会效益指标 › 效益
    目标 ≥80% · 实际 85% · 分值 30 · 得分 30 = 达到目标：满分
  满意度指标 › 服务对象满意度指标 › 满意度
    目标 ≥90% · 实际 95% · 分值 10 · 得分 10 = 达到目标：满分
  预算执行率
    分值 10 · 得分 10 = 10 × 100 ÷ 100 (执行率 100%)
  产出指标: 分值 50 · 得分 50
  效益指标: 分值 30 · 得分 30
  满意度指标: 分值 10 · 得分 10
  总分 100.00 · 等级 优 (精确值 100.00，最后一次四舍五入到 2 位)

自评 2025 · 反向达成 (评分规则 财政部)
  产出指标 › 数量指标 › 产出
    目标 ≤5天 · 实际 4天 · 分值 50 · 得分 50 = 达到目标：满分
  效益指标 › 社会效益指标 › 效益
    目标 ≥80% · 实际 85% · 分值 30 · 得分 30 = 达到目标：满分
  满意度指标 › 服务对象满意度指标 › 满意度
    目标 ≥90% · 实际 95% · 分值 10 · 得分 10 = 达到目标：满分
  预算执行率
    分值 10 · 得分 10 = 10 × 100 ÷ 100 (执行率 100%)
  产出指标: 分值 50 · 得分 50
  效益指标: 分值 30 · 得分 30
  满意度指标: 分值 10 · 得分 10
  总分 100.00 · 等级 优 (精确值 100.00，最后一次四舍五入到 2 位)

自评 2025 · 反向超出 (评分规则 财政部)
  产出指标 › 数量指标 › 产出
    目标 ≤5天 · 实际 8天 · 分值 50 · 得分 31.25 = 50 × 5 ÷ 8
  效益指标 › 社会效益指标 › 效益
    目标 ≥80% · 实际 85% · 分值 30 · 得分 30 = 达到目标：满分
  满意度指标 › 服务对象满意度指标 › 满意度
    目标 ≥90% · 实际 95% · 分值 10 · 得分 10 = 达到目标：满分
  预算执行率
    分值 10 · 得分 10 = 10 × 100 ÷ 100 (执行率 100%)
  产出指标: 分值 50 · 得分 31.25
  效益指标: 分值 30 · 得分 30
  满意度指标: 分值 10 · 得分 10
  总分 81.25 · 等级 良 (精确值 81.25，最后一次四舍五入到 2 位)

自评 2025 · 反向零目标 (评分规则 财政部)
  产出指标 › 数量指标 › 产出
    目标 ≤0起 · 实际 1起 · 分值 50 · 得分 0 = 50 × 0 ÷ 1
  效益指标 › 社会效益指标 › 效益
    目标 ≥80% · 实际 85% · 分值 30 · 得分 30 = 达到目标：满分
  满意度指标 › 服务对象满意度指标 › 满意度
    目标 ≥90% · 实际 95% · 分值 10 · 得分 10 = 达到目标：满分
  预算执行率
    分值 10 · 得分 10 = 10 × 100 ÷ 100 (执行率 100%)
  产出指标: 分值 50 · 得分 0
  效益指标: 分值 30 · 得分 30
  满意度指标: 分值 10 · 得分 10
  总分 50.00 · 等级 差 (精确值 50.00，最后一次四舍五入到 2 位)

自评 2025 · 等于达成 (评分规则 财政部)
  产出指标 › 数量指标 › 产出
    目标 =100% · 实际 100% · 分值 50 · 得分 50 = 达到目标：满分
  效益指标 › 社会效益指标 › 效益
    目标 ≥80% · 实际 85% · 分值 30 · 得分 30 = 达到目标：满分
  满意度指标 › 服务对象满意度指标 › 满意度
    目标 ≥90% · 实际 95% · 分值 10 · 得分 10 = 达到目标：满分
  预算执行率
    分值 10 · 得分 10 = 10 × 100 ÷ 100 (执行率 100%)
  产出指标: 分值 50 · 得分 50
  效益指标: 分值 30 · 得分 30
  满意度指标: 分值 10 · 得分 10
  总分 100.00 · 等级 优 (精确值 100.00，最后一次四舍五入到 2 位)

自评 2025 · 等于偏低 (评分规则 财政部)
  产出指标 › 数量指标 › 产出
    目标 =100% · 实际 90% · 分值 50 · 得分 45 = 50 × 90 ÷ 100
  效益指标 › 社会效益指标 › 效益
    目标 ≥80% · 实际 85% · 分值 30 · 得分 30 = 达到目标：满分
  满意度指标 › 服务对象满意度指标 › 满意度
    目标 ≥90% · 实际 95% · 分值 10 · 得分 10 = 达到目标：满分
  预算执行率
    分值 10 · 得分 10 = 10 × 100 ÷ 100 (执行率 100%)
  产出指标: 分值 50 · 得分 45
  效益指标: 分值 30 · 得分 30
  满意度指标: 分值 10 · 得分 10
  总分 95.00 · 等级 优 (精确值 95.00，最后一次四舍五入到 2 位)

自评 2025 · 等于偏高 (评分规则 财政部)
  产出指标 › 数量指标 › 产出
    目标 =12期 · 实际 15期 · 分值 50 · 得分 40 = 50 × 12 ÷ 15
  效益指标 › 社会效益指标 › 效益
    目标 ≥80% · 实际 85% · 分值 30 · 得分 30 = 达到目标：满分
  满意度指标 › 服务对象满意度指标 › 满意度
    目标 ≥90% · 实际 95% · 分值 10 · 得分 10 = 达到目标：满分
  预算执行率
    分值 10 · 得分 10 = 10 × 100 ÷ 100 (执行率 100%)
  产出指标: 分值 50 · 得分 40
  效益指标: 分值 30 · 得分 30
  满意度指标: 分值 10 · 得分 10
  总分 90.00 · 等级 优 (精确值 90.00，最后一次四舍五入到 2 位)

自评 2025 · 区间之内 (评分规则 财政部)
  产出指标 › 数量指标 › 产出
    目标 80%~90% · 实际 85% · 分值 50 · 得分 50 = 达到目标：满分
  效益指标 › 社会效益指标 › 效益
    目标 ≥80% · 实际 85% · 分值 30 · 得分 30 = 达到目标：满分
  满意度指标 › 服务对象满意度指标 › 满意度
    目标 ≥90% · 实际 95% · 分值 10 · 得分 10 = 达到目标：满分
  预算执行率
    分值 10 · 得分 10 = 10 × 100 ÷ 100 (执行率 100%)
  产出指标: 分值 50 · 得分 50
  效益指标: 分值 30 · 得分 30
  满意度指标: 分值 10 · 得分 10
  总分 100.00 · 等级 优 (精确值 100.00，最后一次四舍五入到 2 位)

自评 2025 · 区间之下 (评分规则 财政部)
  产出指标 › 数量指标 › 产出
    目标 80%~90% · 实际 60% · 分值 50 · 得分 37.5 = 50 × 60 ÷ 80
  效益指标 › 社会效益指标 › 效益
    目标 ≥80% · 实际 85% · 分值 30 · 得分 30 = 达到目标：满分
  满意度指标 › 服务对象满意度指标 › 满意度
    目标 ≥90% · 实际 95% · 分值 10 · 得分 10 = 达到目标：满分
  预算执行率
    分值 10 · 得分 10 = 10 × 100 ÷ 100 (执行率 100%)
  产出指标: 分值 50 · 得分 37.5
  效益指标: 分值 30 · 得分 30
  满意度指标: 分值 10 · 得分 10
  总分 87.50 · 等级 良 (精确值 87.50，最后一次四舍五入到 2 位)

自评 2025 · 区间之上 (评分规则 财政部)
  产出指标 › 数量指标 › 产出
    目标 80%~90% · 实际 95% · 分值 50 · 得分 ≈47.37 = 50 × 90 ÷ 95
  效益指标 › 社会效益指标 › 效益
    目标 ≥80% · 实际 85% · 分值 30 · 得分 30 = 达到目标：满分
  满意度指标 › 服务对象满意度指标 › 满意度
    目标 ≥90% · 实际 95% · 分值 10 · 得分 10 = 达到目标：满分
  预算执行率
    分值 10 · 得分 10 = 10 × 100 ÷ 100 (执行率 100%)
  产出指标: 分值 50 · 得分 ≈47.37
  效益指标: 分值 30 · 得分 30
  满意度指标: 分值 10 · 得分 10
  总分 97.37 · 等级 优 (精确值 97.368421…，最后一次四舍五入到 2 位)

自评 2025 · 引用达成 (评分规则 财政部)
  产出指标 › 数量指标 › 产出
    目标 ≤总成本预算数 · 实际 95万元 · 分值 50 · 得分 50 = 达到目标：满分
  效益指标 › 社会效益指标 › 效益
    目标 ≥80% · 实际 85% · 分值 30 · 得分 30 = 达到目标：满分
  满意度指标 › 服务对象满意度指标 › 满意度
    目标 ≥90% · 实际 95% · 分值 10 · 得分 10 = 达到目标：满分
  预算执行率
    分值 10 · 得分 10 = 10 × 100 ÷ 100 (执行率 100%)
  产出指标: 分值 50 · 得分 50
  效益指标: 分值 30 · 得分 30
  满意度指标: 分值 10 · 得分 10
  总分 100.00 · 等级 优 (精确值 100.00，最后一次四舍五入到 2 位)

自评 2025 · 引用超出 (评分规则 财政部)
  产出指标 › 数量指标 › 产出
    目标 ≤总成本预算数 · 实际 125 · 分值 50 · 得分 40 = 50 × 1000000 ÷ 1250000
  效益指标 › 社会效益指标 › 效益
    目标 ≥80% · 实际 85% · 分值 30 · 得分 30 = 达到目标：满分
  满意度指标 › 服务对象满意度指标 › 满意度
    目标 ≥90% · 实际 95% · 分值 10 · 得分 10 = 达到目标：满分
  预算执行率
    分值 10 · 得分 10 = 10 × 100 ÷ 100 (执行率 100%)
  产出指标: 分值 50 · 得分 40
  效益指标: 分值 30 · 得分 30
  满意度指标: 分值 10 · 得分 10
  总分 90.00 · 等级 优 (精确值 90.00，最后一次四舍五入到 2 位)

自评 2025 · 千分比 (评分规则 财政部)
  产出指标 › 数量指标 › 产出
    目标 ≥5‰ · 实际 0.4% · 分值 50 · 得分 40 = 50 × 0.4 ÷ 0.5
  效益指标 › 社会效益指标 › 效益
    目标 ≥80% · 实际 85% · 分值 30 · 得分 30 = 达到目标：满分
  满意度指标 › 服务对象满意度指标 › 满意度
    目标 ≥90% · 实际 95% · 分值 10 · 得分 10 = 达到目标：满分
  预算执行率
    分值 10 · 得分 10 = 10 × 100 ÷ 100 (执行率 100%)
  产出指标: 分值 50 · 得分 40
  效益指标: 分值 30 · 得分 30
  满意度指标: 分值 10 · 得分 10
  总分 90.00 · 等级 优 (精确值 90.00，最后一次四舍五入到 2 位)

自评 2025 · 万元换算 (评分规则 财政部)
  产出指标 › 数量指标 › 产出
    目标 ≥30万元 · 实际 240000元 · 分值 50 · 得分 40 = 50 × 240000 ÷ 300000
  效益指标 › 社会效益指标 › 效益
    目标 ≥80% · 实际 85% · 分值 30 · 得分 30 = 达到目标：满分
  满意度指标 › 服务对象满意度指标 › 满意度
    目标 ≥90% · 实际 95% · 分值 10 · 得分 10 = 达到目标：满分
  预算执行率
    分值 10 · 得分 10 = 10 × 100 ÷ 100 (执行率 100%)
  产出指标: 分值 50 · 得分 40
  效益指标: 分值 30 · 得分 30
  满意度指标: 分值 10 · 得分 10
  总分 90.00 · 等级 优 (精确值 90.00，最后一次四舍五入到 2 位)
=== run
jxc score --lang=en -f json targets.jx eval.jx
=== stdout
{
	"version":	1,
	"evaluations":	[{
			"year":	2025,
			"profile":	"财政部",
			"rounding":	{
				"places":	2,
				"mode":	"half-up, once, at the end"
			},
			"projects":	[{
					"name":	"正向达成",
					"unit":	"",
					"money_unit":	"万元",
					"budget":	{
						"initial":	100,
						"full":	100,
						"spent":	100,
						"rate":	100.00,
						"weight":	10.00,
						"weight_written":	null,
						"score":	10.00,
						"score_exact":	"10",
						"formula":	"10 × 100 ÷ 100 (execution rate 100%)",
						"stated":	null
					},
					"indicators":	[{
							"path":	["产出指标", "数量指标", "产出"],
							"target":	"≥100人次",
							"actual":	"120人次",
							"top":	"产出指标",
							"how":	"met",
							"weight":	50.00,
							"weight_exact":	"50",
							"weight_written":	50,
							"score":	50.00,
							"score_exact":	"50",
							"formula":	"target met: full 分值",
							"band":	null,
							"stated":	null,
							"over_target":	false,
							"reason":	null
						}, {
							"path":	["效益指标", "社会效益指标", "效益"],
							"target":	"≥80%",
							"actual":	"85%",
							"top":	"效益指标",
							"how":	"met",
							"weight":	30.00,
							"weight_exact":	"30",
							"weight_written":	30,
							"score":	30.00,
							"score_exact":	"30",
							"formula":	"target met: full 分值",
							"band":	null,
							"stated":	null,
							"over_target":	false,
							"reason":	null
						}, {
							"path":	["满意度指标", "服务对象满意度指标", "满意度"],
							"target":	"≥90%",
							"actual":	"95%",
							"top":	"满意度指标",
							"how":	"met",
							"weight":	10.00,
							"weight_exact":	"10",
							"weight_written":	10,
							"score":	10.00,
							"score_exact":	"10",
							"formula":	"target met: full 分值",
							"band":	null,
							"stated":	null,
							"over_target":	false,
							"reason":	null
						}],
					"tops":	[{
							"name":	"产出指标",
							"weight":	50.00,
							"score":	50.00
						}, {
							"name":	"效益指标",
							"weight":	30.00,
							"score":	30.00
						}, {
							"name":	"满意度指标",
							"weight":	10.00,
							"score":	10.00
						}],
					"total":	100.00,
					"total_exact":	"100",
					"grade":	"优",
					"stated_total":	null,
					"stated_grade":	null
				}, {
					"name":	"正向未达",
					"unit":	"",
					"money_unit":	"万元",
					"budget":	{
						"initial":	100,
						"full":	100,
						"spent":	100,
						"rate":	100.00,
						"weight":	10.00,
						"weight_written":	null,
						"score":	10.00,
						"score_exact":	"10",
						"formula":	"10 × 100 ÷ 100 (execution rate 100%)",
						"stated":	null
					},
					"indicators":	[{
							"path":	["产出指标", "数量指标", "产出"],
							"target":	"≥100人次",
							"actual":	"85人次",
							"top":	"产出指标",
							"how":	"ratio",
							"weight":	50.00,
							"weight_exact":	"50",
							"weight_written":	50,
							"score":	42.50,
							"score_exact":	"42.5",
							"formula":	"50 × 85 ÷ 100",
							"band":	null,
							"stated":	null,
							"over_target":	false,
							"reason":	null
						}, {
							"path":	["效益指标", "社会效益指标", "效益"],
							"target":	"≥80%",
							"actual":	"85%",
							"top":	"效益指标",
							"how":	"met",
							"weight":	30.00,
							"weight_exact":	"30",
							"weight_written":	30,
							"score":	30.00,
							"score_exact":	"30",
							"formula":	"target met: full 分值",
							"band":	null,
							"stated":	null,
							"over_target":	false,
							"reason":	null
						}, {
							"path":	["满意度指标", "服务对象满意度指标", "满意度"],
							"target":	"≥90%",
							"actual":	"95%",
							"top":	"满意度指标",
							"how":	"met",
							"weight":	10.00,
							"weight_exact":	"10",
							"weight_written":	10,
							"score":	10.00,
							"score_exact":	"10",
							"formula":	"target met: full 分值",
							"band":	null,
							"stated":	null,
							"over_target":	false,
							"reason":	null
						}],
					"tops":	[{
							"name":	"产出指标",
							"weight":	50.00,
							"score":	42.50
						}, {
							"name":	"效益指标",
							"weight":	30.00,
							"score":	30.00
						}, {
							"name":	"满意度指标",
							"weight":	10.00,
							"score":	10.00
						}],
					"total":	92.50,
					"total_exact":	"92.5",
					"grade":	"优",
					"stated_total":	null,
					"stated_grade":	null
				}, {
					"name":	"大于未达",
					"unit":	"",
					"money_unit":	"万元",
					"budget":	{
						"initial":	100,
						"full":	100,
						"spent":	100,
						"rate":	100.00,
						"weight":	10.00,
						"weight_written":	null,
						"score":	10.00,
						"score_exact":	"10",
						"formula":	"10 × 100 ÷ 100 (execution rate 100%)",
						"stated":	null
					},
					"indicators":	[{
							"path":	["产出指标", "数量指标", "产出"],
							"target":	">100人次",
							"actual":	"100人次",
							"top":	"产出指标",
							"how":	"ratio",
							"weight":	50.00,
							"weight_exact":	"50",
							"weight_written":	50,
							"score":	50.00,
							"score_exact":	"50",
							"formula":	"50 × 100 ÷ 100",
							"band":	null,
							"stated":	null,
							"over_target":	false,
							"reason":	null
						}, {
							"path":	["效益指标", "社会效益指标", "效益"],
							"target":	"≥80%",
							"actual":	"85%",
							"top":	"效益指标",
							"how":	"met",
							"weight":	30.00,
							"weight_exact":	"30",
							"weight_written":	30,
							"score":	30.00,
							"score_exact":	"30",
							"formula":	"target met: full 分值",
							"band":	null,
							"stated":	null,
							"over_target":	false,
							"reason":	null
						}, {
							"path":	["满意度指标", "服务对象满意度指标", "满意度"],
							"target":	"≥90%",
							"actual":	"95%",
							"top":	"满意度指标",
							"how":	"met",
							"weight":	10.00,
							"weight_exact":	"10",
							"weight_written":	10,
							"score":	10.00,
							"score_exact":	"10",
							"formula":	"target met: full 分值",
							"band":	null,
							"stated":	null,
							"over_target":	false,
							"reason":	null
						}],
					"tops":	[{
							"name":	"产出指标",
							"weight":	50.00,
							"score":	50.00
						}, {
							"name":	"效益指标",
							"weight":	30.00,
							"score":	30.00
						}, {
							"name":	"满意度指标",
							"weight":	10.00,
							"score":	10.00
						}],
					"total":	100.00,
					"total_exact":	"100",
					"grade":	"优",
					"stated_total":	null,
					"stated_grade":	null
				}, {
					"name":	"反向达成",
					"unit":	"",
					"money_unit":	"万元",
					"budget":	{
						"initial":	100,
						"full":	100,
						"spent":	100,
						"rate":	100.00,
						"weight":	10.00,
						"weight_written":	null,
						"score":	10.00,
						"score_exact":	"10",
						"formula":	"10 × 100 ÷ 100 (execution rate 100%)",
						"stated":	null
					},
					"indicators":	[{
							"path":	["产出指标", "数量指标", "产出"],
							"target":	"≤5天",
							"actual":	"4天",
							"top":	"产出指标",
							"how":	"met",
							"weight":	50.00,
							"weight_exact":	"50",
							"weight_written":	50,
							"score":	50.00,
							"score_exact":	"50",
							"formula":	"target met: full 分值",
							"band":	null,
							"stated":	null,
							"over_target":	false,
							"reason":	null
						}, {
							"path":	["效益指标", "社会效益指标", "效益"],
							"target":	"≥80%",
							"actual":	"85%",
							"top":	"效益指标",
							"how":	"met",
							"weight":	30.00,
							"weight_exact":	"30",
							"weight_written":	30,
							"score":	30.00,
							"score_exact":	"30",
							"formula":	"target met: full 分值",
							"band":	null,
							"stated":	null,
							"over_target":	false,
							"reason":	null
						}, {
							"path":	["满意度指标", "服务对象满意度指标", "满意度"],
							"target":	"≥90%",
							"actual":	"95%",
							"top":	"满意度指标",
							"how":	"met",
							"weight":	10.00,
							"weight_exact":	"10",
							"weight_written":	10,
							"score":	10.00,
							"score_exact":	"10",
							"formula":	"target met: full 分值",
							"band":	null,
							"stated":	null,
							"over_target":	false,
							"reason":	null
						}],
					"tops":	[{
							"name":	"产出指标",
							"weight":	50.00,
							"score":	50.00
						}, {
							"name":	"效益指标",
							"weight":	30.00,
							"score":	30.00
						}, {
							"name":	"满意度指标",
							"weight":	10.00,
							"score":	10.00
						}],
					"total":	100.00,
					"total_exact":	"100",
					"grade":	"优",
					"stated_total":	null,
					"stated_grade":	null
				}, {
					"name":	"反向超出",
					"unit":	"",
					"money_unit":	"万元",
					"budget":	{
						"initial":	100,
						"full":	100,
						"spent":	100,
						"rate":	100.00,
						"weight":	10.00,
						"weight_written":	null,
						"score":	10.00,
						"score_exact":	"10",
						"formula":	"10 × 100 ÷ 100 (execution rate 100%)",
						"stated":	null
					},
					"indicators":	[{
							"path":	["产出指标", "数量指标", "产出"],
							"target":	"≤5天",
							"actual":	"8天",
							"top":	"产出指标",
							"how":	"inverse",
							"weight":	50.00,
							"weight_exact":	"50",
							"weight_written":	50,
							"score":	31.25,
							"score_exact":	"31.25",
							"formula":	"50 × 5 ÷ 8",
							"band":	null,
							"stated":	null,
							"over_target":	false,
							"reason":	null
						}, {
							"path":	["效益指标", "社会效益指标", "效益"],
							"target":	"≥80%",
							"actual":	"85%",
							"top":	"效益指标",
							"how":	"met",
							"weight":	30.00,
							"weight_exact":	"30",
							"weight_written":	30,
							"score":	30.00,
							"score_exact":	"30",
							"formula":	"target met: full 分值",
							"band":	null,
							"stated":	null,
							"over_target":	false,
							"reason":	null
						}, {
							"path":	["满意度指标", "服务对象满意度指标", "满意度"],
							"target":	"≥90%",
							"actual":	"95%",
							"top":	"满意度指标",
							"how":	"met",
							"weight":	10.00,
							"weight_exact":	"10",
							"weight_written":	10,
							"score":	10.00,
							"score_exact":	"10",
							"formula":	"target met: full 分值",
							"band":	null,
							"stated":	null,
							"over_target":	false,
							"reason":	null
						}],
					"tops":	[{
							"name":	"产出指标",
							"weight":	50.00,
							"score":	31.25
						}, {
							"name":	"效益指标",
							"weight":	30.00,
							"score":	30.00
						}, {
							"name":	"满意度指标",
							"weight":	10.00,
							"score":	10.00
						}],
					"total":	81.25,
					"total_exact":	"81.25",
					"grade":	"良",
					"stated_total":	null,
					"stated_grade":	null
				}, {
					"name":	"反向零目标",
					"unit":	"",
					"money_unit":	"万元",
					"budget":	{
						"initial":	100,
						"full":	100,
						"spent":	100,
						"rate":	100.00,
						"weight":	10.00,
						"weight_written":	null,
						"score":	10.00,
						"score_exact":	"10",
						"formula":	"10 × 100 ÷ 100 (execution rate 100%)",
						"stated":	null
					},
					"indicators":	[{
							"path":	["产出指标", "数量指标", "产出"],
							"target":	"≤0起",
							"actual":	"1起",
							"top":	"产出指标",
							"how":	"inverse",
							"weight":	50.00,
							"weight_exact":	"50",
							"weight_written":	50,
							"score":	0.00,
							"score_exact":	"0",
							"formula":	"50 × 0 ÷ 1",
							"band":	null,
							"stated":	null,
							"over_target":	false,
							"reason":	null
						}, {
							"path":	["效益指标", "社会效益指标", "效益"],
							"target":	"≥80%",
							"actual":	"85%",
							"top":	"效益指标",
							"how":	"met",
							"weight":	30.00,
							"weight_exact":	"30",
							"weight_written":	30,
							"score":	30.00,
							"score_exact":	"30",
							"formula":	"target met: full 分值",
							"band":	null,
							"stated":	null,
							"over_target":	false,
							"reason":	null
						}, {
							"path":	["满意度指标", "服务对象满意度指标", "满意度"],
							"target":	"≥90%",
							"actual":	"95%",
							"top":	"满意度指标",
							"how":	"met",
							"weight":	10.00,
							"weight_exact":	"10",
							"weight_written":	10,
							"score":	10.00,
							"score_exact":	"10",
							"formula":	"target met: full 分值",
							"band":	null,
							"stated":	null,
							"over_target":	false,
							"reason":	null
						}],
					"tops":	[{
							"name":	"产出指标",
							"weight":	50.00,
							"score":	0.00
						}, {
							"name":	"效益指标",
							"weight":	30.00,
							"score":	30.00
						}, {
							"name":	"满意度指标",
							"weight":	10.00,
							"score":	10.00
						}],
					"total":	50.00,
					"total_exact":	"50",
					"grade":	"差",
					"stated_total":	null,
					"stated_grade":	null
				}, {
					"name":	"等于达成",
					"unit":	"",
					"money_unit":	"万元",
					"budget":	{
						"initial":	100,
						"full":	100,
						"spent":	100,
						"rate":	100.00,
						"weight":	10.00,
						"weight_written":	null,
						"score":	10.00,
						"score_exact":	"10",
						"formula":	"10 × 100 ÷ 100 (execution rate 100%)",
						"stated":	null
					},
					"indicators":	[{
							"path":	["产出指标", "数量指标", "产出"],
							"target":	"=100%",
							"actual":	"100%",
							"top":	"产出指标",
							"how":	"met",
							"weight":	50.00,
							"weight_exact":	"50",
							"weight_written":	50,
							"score":	50.00,
							"score_exact":	"50",
							"formula":	"target met: full 分值",
							"band":	null,
							"stated":	null,
							"over_target":	false,
							"reason":	null
						}, {
							"path":	["效益指标", "社会效益指标", "效益"],
							"target":	"≥80%",
							"actual":	"85%",
							"top":	"效益指标",
							"how":	"met",
							"weight":	30.00,
							"weight_exact":	"30",
							"weight_written":	30,
							"score":	30.00,
							"score_exact":	"30",
							"formula":	"target met: full 分值",
							"band":	null,
							"stated":	null,
							"over_target":	false,
							"reason":	null
						}, {
							"path":	["满意度指标", "服务对象满意度指标", "满意度"],
							"target":	"≥90%",
							"actual":	"95%",
							"top":	"满意度指标",
							"how":	"met",
							"weight":	10.00,
							"weight_exact":	"10",
							"weight_written":	10,
							"score":	10.00,
							"score_exact":	"10",
							"formula":	"target met: full 分值",
							"band":	null,
							"stated":	null,
							"over_target":	false,
							"reason":	null
						}],
					"tops":	[{
							"name":	"产出指标",
							"weight":	50.00,
							"score":	50.00
						}, {
							"name":	"效益指标",
							"weight":	30.00,
							"score":	30.00
						}, {
							"name":	"满意度指标",
							"weight":	10.00,
							"score":	10.00
						}],
					"total":	100.00,
					"total_exact":	"100",
					"grade":	"优",
					"stated_total":	null,
					"stated_grade":	null
				}, {
					"name":	"等于偏低",
					"unit":	"",
					"money_unit":	"万元",
					"budget":	{
						"initial":	100,
						"full":	100,
						"spent":	100,
						"rate":	100.00,
						"weight":	10.00,
						"weight_written":	null,
						"score":	10.00,
						"score_exact":	"10",
						"formula":	"10 × 100 ÷ 100 (execution rate 100%)",
						"stated":	null
					},
					"indicators":	[{
							"path":	["产出指标", "数量指标", "产出"],
							"target":	"=100%",
							"actual":	"90%",
							"top":	"产出指标",
							"how":	"ratio",
							"weight":	50.00,
							"weight_exact":	"50",
							"weight_written":	50,
							"score":	45.00,
							"score_exact":	"45",
							"formula":	"50 × 90 ÷ 100",
							"band":	null,
							"stated":	null,
							"over_target":	false,
							"reason":	null
						}, {
							"path":	["效益指标", "社会效益指标", "效益"],
							"target":	"≥80%",
							"actual":	"85%",
							"top":	"效益指标",
							"how":	"met",
							"weight":	30.00,
							"weight_exact":	"30",
							"weight_written":	30,
							"score":	30.00,
							"score_exact":	"30",
							"formula":	"target met: full 分值",
							"band":	null,
							"stated":	null,
							"over_target":	false,
							"reason":	null
						}, {
							"path":	["满意度指标", "服务对象满意度指标", "满意度"],
							"target":	"≥90%",
							"actual":	"95%",
							"top":	"满意度指标",
							"how":	"met",
							"weight":	10.00,
							"weight_exact":	"10",
							"weight_written":	10,
							"score":	10.00,
							"score_exact":	"10",
							"formula":	"target met: full 分值",
							"band":	null,
							"stated":	null,
							"over_target":	false,
							"reason":	null
						}],
					"tops":	[{
							"name":	"产出指标",
							"weight":	50.00,
							"score":	45.00
						}, {
							"name":	"效益指标",
							"weight":	30.00,
							"score":	30.00
						}, {
							"name":	"满意度指标",
							"weight":	10.00,
							"score":	10.00
						}],
					"total":	95.00,
					"total_exact":	"95",
					"grade":	"优",
					"stated_total":	null,
					"stated_grade":	null
				}, {
					"name":	"等于偏高",
					"unit":	"",
					"money_unit":	"万元",
					"budget":	{
						"initial":	100,
						"full":	100,
						"spent":	100,
						"rate":	100.00,
						"weight":	10.00,
						"weight_written":	null,
						"score":	10.00,
						"score_exact":	"10",
						"formula":	"10 × 100 ÷ 100 (execution rate 100%)",
						"stated":	null
					},
					"indicators":	[{
							"path":	["产出指标", "数量指标", "产出"],
							"target":	"=12期",
							"actual":	"15期",
							"top":	"产出指标",
							"how":	"inverse",
							"weight":	50.00,
							"weight_exact":	"50",
							"weight_written":	50,
							"score":	40.00,
							"score_exact":	"40",
							"formula":	"50 × 12 ÷ 15",
							"band":	null,
							"stated":	null,
							"over_target":	false,
							"reason":	null
						}, {
							"path":	["效益指标", "社会效益指标", "效益"],
							"target":	"≥80%",
							"actual":	"85%",
							"top":	"效益指标",
							"how":	"met",
							"weight":	30.00,
							"weight_exact":	"30",
							"weight_written":	30,
							"score":	30.00,
							"score_exact":	"30",
							"formula":	"target met: full 分值",
							"band":	null,
							"stated":	null,
							"over_target":	false,
							"reason":	null
						}, {
							"path":	["满意度指标", "服务对象满意度指标", "满意度"],
							"target":	"≥90%",
							"actual":	"95%",
							"top":	"满意度指标",
							"how":	"met",
							"weight":	10.00,
							"weight_exact":	"10",
							"weight_written":	10,
							"score":	10.00,
							"score_exact":	"10",
							"formula":	"target met: full 分值",
							"band":	null,
							"stated":	null,
							"over_target":	false,
							"reason":	null
						}],
					"tops":	[{
							"name":	"产出指标",
							"weight":	50.00,
							"score":	40.00
						}, {
							"name":	"效益指标",
							"weight":	30.00,
							"score":	30.00
						}, {
							"name":	"满意度指标",
							"weight":	10.00,
							"score":	10.00
						}],
					"total":	90.00,
					"total_exact":	"90",
					"grade":	"优",
					"stated_total":	null,
					"stated_grade":	null
				}, {
					"name":	"区间之内",
					"unit":	"",
					"money_unit":	"万元",
					"budget":	{
						"initial":	100,
						"full":	100,
						"spent":	100,
						"rate":	100.00,
						"weight":	10.00,
						"weight_written":	null,
						"score":	10.00,
						"score_exact":	"10",
						"formula":	"10 × 100 ÷ 100 (execution rate 100%)",
						"stated":	null
					},
					"indicators":	[{
							"path":	["产出指标", "数量指标", "产出"],
							"target":	"80%~90%",
							"actual":	"85%",
							"top":	"产出指标",
							"how":	"met",
							"weight":	50.00,
							"weight_exact":	"50",
							"weight_written":	50,
							"score":	50.00,
							"score_exact":	"50",
							"formula":	"target met: full 分值",
							"band":	null,
							"stated":	null,
							"over_target":	false,
							"reason":	null
						}, {
							"path":	["效益指标", "社会效益指标", "效益"],
							"target":	"≥80%",
							"actual":	"85%",
							"top":	"效益指标",
							"how":	"met",
							"weight":	30.00,
							"weight_exact":	"30",
							"weight_written":	30,
							"score":	30.00,
							"score_exact":	"30",
							"formula":	"target met: full 分值",
							"band":	null,
							"stated":	null,
							"over_target":	false,
							"reason":	null
						}, {
							"path":	["满意度指标", "服务对象满意度指标", "满意度"],
							"target":	"≥90%",
							"actual":	"95%",
							"top":	"满意度指标",
							"how":	"met",
							"weight":	10.00,
							"weight_exact":	"10",
							"weight_written":	10,
							"score":	10.00,
							"score_exact":	"10",
							"formula":	"target met: full 分值",
							"band":	null,
							"stated":	null,
							"over_target":	false,
							"reason":	null
						}],
					"tops":	[{
							"name":	"产出指标",
							"weight":	50.00,
							"score":	50.00
						}, {
							"name":	"效益指标",
							"weight":	30.00,
							"score":	30.00
						}, {
							"name":	"满意度指标",
							"weight":	10.00,
							"score":	10.00
						}],
					"total":	100.00,
					"total_exact":	"100",
					"grade":	"优",
					"stated_total":	null,
					"stated_grade":	null
				}, {
					"name":	"区间之下",
					"unit":	"",
					"money_unit":	"万元",
					"budget":	{
						"initial":	100,
						"full":	100,
						"spent":	100,
						"rate":	100.00,
						"weight":	10.00,
						"weight_written":	null,
						"score":	10.00,
						"score_exact":	"10",
						"formula":	"10 × 100 ÷ 100 (execution rate 100%)",
						"stated":	null
					},
					"indicators":	[{
							"path":	["产出指标", "数量指标", "产出"],
							"target":	"80%~90%",
							"actual":	"60%",
							"top":	"产出指标",
							"how":	"ratio",
							"weight":	50.00,
							"weight_exact":	"50",
							"weight_written":	50,
							"score":	37.50,
							"score_exact":	"37.5",
							"formula":	"50 × 60 ÷ 80",
							"band":	null,
							"stated":	null,
							"over_target":	false,
							"reason":	null
						}, {
							"path":	["效益指标", "社会效益指标", "效益"],
							"target":	"≥80%",
							"actual":	"85%",
							"top":	"效益指标",
							"how":	"met",
							"weight":	30.00,
							"weight_exact":	"30",
							"weight_written":	30,
							"score":	30.00,
							"score_exact":	"30",
							"formula":	"target met: full 分值",
							"band":	null,
							"stated":	null,
							"over_target":	false,
							"reason":	null
						}, {
							"path":	["满意度指标", "服务对象满意度指标", "满意度"],
							"target":	"≥90%",
							"actual":	"95%",
							"top":	"满意度指标",
							"how":	"met",
							"weight":	10.00,
							"weight_exact":	"10",
							"weight_written":	10,
							"score":	10.00,
							"score_exact":	"10",
							"formula":	"target met: full 分值",
							"band":	null,
							"stated":	null,
							"over_target":	false,
							"reason":	null
						}],
					"tops":	[{
							"name":	"产出指标",
							"weight":	50.00,
							"score":	37.50
						}, {
							"name":	"效益指标",
							"weight":	30.00,
							"score":	30.00
						}, {
							"name":	"满意度指标",
							"weight":	10.00,
							"score":	10.00
						}],
					"total":	87.50,
					"total_exact":	"87.5",
					"grade":	"良",
					"stated_total":	null,
					"stated_grade":	null
				}, {
					"name":	"区间之上",
					"unit":	"",
					"money_unit":	"万元",
					"budget":	{
						"initial":	100,
						"full":	100,
						"spent":	100,
						"rate":	100.00,
						"weight":	10.00,
						"weight_written":	null,
						"score":	10.00,
						"score_exact":	"10",
						"formula":	"10 × 100 ÷ 100 (execution rate 100%)",
						"stated":	null
					},
					"indicators":	[{
							"path":	["产出指标", "数量指标", "产出"],
							"target":	"80%~90%",
							"actual":	"95%",
							"top":	"产出指标",
							"how":	"inverse",
							"weight":	50.00,
							"weight_exact":	"50",
							"weight_written":	50,
							"score":	47.37,
							"score_exact":	"900/19",
							"formula":	"50 × 90 ÷ 95",
							"band":	null,
							"stated":	null,
							"over_target":	false,
							"reason":	null
						}, {
							"path":	["效益指标", "社会效益指标", "效益"],
							"target":	"≥80%",
							"actual":	"85%",
							"top":	"效益指标",
							"how":	"met",
							"weight":	30.00,
							"weight_exact":	"30",
							"weight_written":	30,
							"score":	30.00,
							"score_exact":	"30",
							"formula":	"target met: full 分值",
							"band":	null,
							"stated":	null,
							"over_target":	false,
							"reason":	null
						}, {
							"path":	["满意度指标", "服务对象满意度指标", "满意度"],
							"target":	"≥90%",
							"actual":	"95%",
							"top":	"满意度指标",
							"how":	"met",
							"weight":	10.00,
							"weight_exact":	"10",
							"weight_written":	10,
							"score":	10.00,
							"score_exact":	"10",
							"formula":	"target met: full 分值",
							"band":	null,
							"stated":	null,
							"over_target":	false,
							"reason":	null
						}],
					"tops":	[{
							"name":	"产出指标",
							"weight":	50.00,
							"score":	47.37
						}, {
							"name":	"效益指标",
							"weight":	30.00,
							"score":	30.00
						}, {
							"name":	"满意度指标",
							"weight":	10.00,
							"score":	10.00
						}],
					"total":	97.37,
					"total_exact":	"1850/19",
					"grade":	"优",
					"stated_total":	null,
					"stated_grade":	null
				}, {
					"name":	"引用达成",
					"unit":	"",
					"money_unit":	"万元",
					"budget":	{
						"initial":	100,
						"full":	100,
						"spent":	100,
						"rate":	100.00,
						"weight":	10.00,
						"weight_written":	null,
						"score":	10.00,
						"score_exact":	"10",
						"formula":	"10 × 100 ÷ 100 (execution rate 100%)",
						"stated":	null
					},
					"indicators":	[{
							"path":	["产出指标", "数量指标", "产出"],
							"target":	"≤总成本预算数",
							"actual":	"95万元",
							"top":	"产出指标",
							"how":	"met",
							"weight":	50.00,
							"weight_exact":	"50",
							"weight_written":	50,
							"score":	50.00,
							"score_exact":	"50",
							"formula":	"target met: full 分值",
							"band":	null,
							"stated":	null,
							"over_target":	false,
							"reason":	null
						}, {
							"path":	["效益指标", "社会效益指标", "效益"],
							"target":	"≥80%",
							"actual":	"85%",
							"top":	"效益指标",
							"how":	"met",
							"weight":	30.00,
							"weight_exact":	"30",
							"weight_written":	30,
							"score":	30.00,
							"score_exact":	"30",
							"formula":	"target met: full 分值",
							"band":	null,
							"stated":	null,
							"over_target":	false,
							"reason":	null
						}, {
							"path":	["满意度指标", "服务对象满意度指标", "满意度"],
							"target":	"≥90%",
							"actual":	"95%",
							"top":	"满意度指标",
							"how":	"met",
							"weight":	10.00,
							"weight_exact":	"10",
							"weight_written":	10,
							"score":	10.00,
							"score_exact":	"10",
							"formula":	"target met: full 分值",
							"band":	null,
							"stated":	null,
							"over_target":	false,
							"reason":	null
						}],
					"tops":	[{
							"name":	"产出指标",
							"weight":	50.00,
							"score":	50.00
						}, {
							"name":	"效益指标",
							"weight":	30.00,
							"score":	30.00
						}, {
							"name":	"满意度指标",
							"weight":	10.00,
							"score":	10.00
						}],
					"total":	100.00,
					"total_exact":	"100",
					"grade":	"优",
					"stated_total":	null,
					"stated_grade":	null
				}, {
					"name":	"引用超出",
					"unit":	"",
					"money_unit":	"万元",
					"budget":	{
						"initial":	100,
						"full":	100,
						"spent":	100,
						"rate":	100.00,
						"weight":	10.00,
						"weight_written":	null,
						"score":	10.00,
						"score_exact":	"10",
						"formula":	"10 × 100 ÷ 100 (execution rate 100%)",
						"stated":	null
					},
					"indicators":	[{
							"path":	["产出指标", "数量指标", "产出"],
							"target":	"≤总成本预算数",
							"actual":	"125",
							"top":	"产出指标",
							"how":	"inverse",
							"weight":	50.00,
							"weight_exact":	"50",
							"weight_written":	50,
							"score":	40.00,
							"score_exact":	"40",
							"formula":	"50 × 1000000 ÷ 1250000",
							"band":	null,
							"stated":	null,
							"over_target":	false,
							"reason":	null
						}, {
							"path":	["效益指标", "社会效益指标", "效益"],
							"target":	"≥80%",
							"actual":	"85%",
							"top":	"效益指标",
							"how":	"met",
							"weight":	30.00,
							"weight_exact":	"30",
							"weight_written":	30,
							"score":	30.00,
							"score_exact":	"30",
							"formula":	"target met: full 分值",
							"band":	null,
							"stated":	null,
							"over_target":	false,
							"reason":	null
						}, {
							"path":	["满意度指标", "服务对象满意度指标", "满意度"],
							"target":	"≥90%",
							"actual":	"95%",
							"top":	"满意度指标",
							"how":	"met",
							"weight":	10.00,
							"weight_exact":	"10",
							"weight_written":	10,
							"score":	10.00,
							"score_exact":	"10",
							"formula":	"target met: full 分值",
							"band":	null,
							"stated":	null,
							"over_target":	false,
							"reason":	null
						}],
					"tops":	[{
							"name":	"产出指标",
							"weight":	50.00,
							"score":	40.00
						}, {
							"name":	"效益指标",
							"weight":	30.00,
							"score":	30.00
						}, {
							"name":	"满意度指标",
							"weight":	10.00,
							"score":	10.00
						}],
					"total":	90.00,
					"total_exact":	"90",
					"grade":	"优",
					"stated_total":	null,
					"stated_grade":	null
				}, {
					"name":	"千分比",
					"unit":	"",
					"money_unit":	"万元",
					"budget":	{
						"initial":	100,
						"full":	100,
						"spent":	100,
						"rate":	100.00,
						"weight":	10.00,
						"weight_written":	null,
						"score":	10.00,
						"score_exact":	"10",
						"formula":	"10 × 100 ÷ 100 (execution rate 100%)",
						"stated":	null
					},
					"indicators":	[{
							"path":	["产出指标", "数量指标", "产出"],
							"target":	"≥5‰",
							"actual":	"0.4%",
							"top":	"产出指标",
							"how":	"ratio",
							"weight":	50.00,
							"weight_exact":	"50",
							"weight_written":	50,
							"score":	40.00,
							"score_exact":	"40",
							"formula":	"50 × 0.4 ÷ 0.5",
							"band":	null,
							"stated":	null,
							"over_target":	false,
							"reason":	null
						}, {
							"path":	["效益指标", "社会效益指标", "效益"],
							"target":	"≥80%",
							"actual":	"85%",
							"top":	"效益指标",
							"how":	"met",
							"weight":	30.00,
							"weight_exact":	"30",
							"weight_written":	30,
							"score":	30.00,
							"score_exact":	"30",
							"formula":	"target met: full 分值",
							"band":	null,
							"stated":	null,
							"over_target":	false,
							"reason":	null
						}, {
							"path":	["满意度指标", "服务对象满意度指标", "满意度"],
							"target":	"≥90%",
							"actual":	"95%",
							"top":	"满意度指标",
							"how":	"met",
							"weight":	10.00,
							"weight_exact":	"10",
							"weight_written":	10,
							"score":	10.00,
							"score_exact":	"10",
							"formula":	"target met: full 分值",
							"band":	null,
							"stated":	null,
							"over_target":	false,
							"reason":	null
						}],
					"tops":	[{
							"name":	"产出指标",
							"weight":	50.00,
							"score":	40.00
						}, {
							"name":	"效益指标",
							"weight":	30.00,
							"score":	30.00
						}, {
							"name":	"满意度指标",
							"weight":	10.00,
							"score":	10.00
						}],
					"total":	90.00,
					"total_exact":	"90",
					"grade":	"优",
					"stated_total":	null,
					"stated_grade":	null
				}, {
					"name":	"万元换算",
					"unit":	"",
					"money_unit":	"万元",
					"budget":	{
						"initial":	100,
						"full":	100,
						"spent":	100,
						"rate":	100.00,
						"weight":	10.00,
						"weight_written":	null,
						"score":	10.00,
						"score_exact":	"10",
						"formula":	"10 × 100 ÷ 100 (execution rate 100%)",
						"stated":	null
					},
					"indicators":	[{
							"path":	["产出指标", "数量指标", "产出"],
							"target":	"≥30万元",
							"actual":	"240000元",
							"top":	"产出指标",
							"how":	"ratio",
							"weight":	50.00,
							"weight_exact":	"50",
							"weight_written":	50,
							"score":	40.00,
							"score_exact":	"40",
							"formula":	"50 × 240000 ÷ 300000",
							"band":	null,
							"stated":	null,
							"over_target":	false,
							"reason":	null
						}, {
							"path":	["效益指标", "社会效益指标", "效益"],
							"target":	"≥80%",
							"actual":	"85%",
							"top":	"效益指标",
							"how":	"met",
							"weight":	30.00,
							"weight_exact":	"30",
							"weight_written":	30,
							"score":	30.00,
							"score_exact":	"30",
							"formula":	"target met: full 分值",
							"band":	null,
							"stated":	null,
							"over_target":	false,
							"reason":	null
						}, {
							"path":	["满意度指标", "服务对象满意度指标", "满意度"],
							"target":	"≥90%",
							"actual":	"95%",
							"top":	"满意度指标",
							"how":	"met",
							"weight":	10.00,
							"weight_exact":	"10",
							"weight_written":	10,
							"score":	10.00,
							"score_exact":	"10",
							"formula":	"target met: full 分值",
							"band":	null,
							"stated":	null,
							"over_target":	false,
							"reason":	null
						}],
					"tops":	[{
							"name":	"产出指标",
							"weight":	50.00,
							"score":	40.00
						}, {
							"name":	"效益指标",
							"weight":	30.00,
							"score":	30.00
						}, {
							"name":	"满意度指标",
							"weight":	10.00,
							"score":	10.00
						}],
					"total":	90.00,
					"total_exact":	"90",
					"grade":	"优",
					"stated_total":	null,
					"stated_grade":	null
				}]
		}]
}
