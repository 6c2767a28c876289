# 序时进度 and the lights of the default profile (红灯 below 60% of the pro-rata target, 黄灯
# below 80%, else 绿灯; the bounds are the better light): at the year's end (100%), the progress
# 59.99%, 60%, 79.99% and 80% of a ≥100 target; 序时进度 of a leap year's 2024-02-29 (60 of 366
# days); of a project dated by months (2025年3月–2025年10月: 153 of 245 days by 2025-07-31), before
# its start (0%) and after its end (100%); a rate (not cumulative, no 半年 value) gets no light.
=== file: targets.jx
# jxc: allow-file W0701, W0702, W0710
默认 {
    表式 通用项目
    年度 2025
    主管部门 某某局
    年度目标 "完成年度任务"
}

项目 全年 {
    资金 {
        财政拨款 100
    }
    指标 {
        产出指标 {
            数量指标 {
                甲 ≥100人次
                乙 ≥100人次
                丙 ≥100人次
                丁 ≥100人次
            }
        }
    }
}

项目 按月 {
    开始时间 2025年3月
    完成时间 2025年10月
    资金 {
        财政拨款 100
    }
    指标 {
        产出指标 {
            数量指标 {
                甲 ≥100人次
            }
            质量指标 {
                合格率 ≥95%
            }
        }
    }
}
=== file: leap.jx
# jxc: allow-file W0701, W0702
默认 {
    表式 通用项目
    年度 2024
    主管部门 某某局
    年度目标 "完成年度任务"
}

项目 闰年 {
    资金 {
        财政拨款 366
    }
}
=== file: monitor.jx
监控 2025-12-31 {
    项目 全年 {
        执行数 100
        指标 {
            甲 59.99人次 偏差原因 "x"
            乙 60人次 偏差原因 "x"
            丙 79.99人次 偏差原因 "x"
            丁 80人次
        }
    }
}

监控 2025-07-31 {
    项目 按月 {
        执行数 70
        指标 {
            甲 50人次
            合格率 80% 偏差原因 "x"
        }
    }
}

监控 2025-02-01 {
    项目 按月 {
        执行数 0
    }
}

监控 2025-11-15 {
    项目 按月 {
        执行数 100
    }
}

监控 2024-02-29 {
    项目 闰年 {
        执行数 60
    }
}
=== run
jxc monitor -f json targets.jx leap.jx monitor.jx | grep -E '"(date|name|elapsed|rate|progress|light)"' | grep -v '"light":	null'
=== stdout
			"date":	"2025-12-31",
					"name":	"全年",
					"elapsed":	100.00,
					"rate":	100.00,
					"light":	"green",
							"progress":	59.99,
							"light":	"red",
							"progress":	60.00,
							"light":	"yellow",
							"progress":	79.99,
							"light":	"yellow",
							"progress":	80.00,
							"light":	"green",
			"date":	"2025-07-31",
					"name":	"按月",
					"elapsed":	62.45,
					"rate":	70.00,
					"light":	"green",
							"progress":	50.00,
							"light":	"green",
							"progress":	null,
			"date":	"2025-02-01",
					"name":	"按月",
					"elapsed":	0.00,
					"rate":	0.00,
					"light":	"green",
							"progress":	null,
							"progress":	null,
			"date":	"2025-11-15",
					"name":	"按月",
					"elapsed":	100.00,
					"rate":	100.00,
					"light":	"green",
							"progress":	null,
							"progress":	null,
			"date":	"2024-02-29",
					"name":	"闰年",
					"elapsed":	16.39,
					"rate":	16.39,
					"light":	"green",
