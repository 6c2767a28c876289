# A project whose 实施单位 changed (one word added) is matched by its name and 年度 when it is
# the only one so on each side: it is compared like any other (here its budget grows while a
# target loosens: the warning), and the output says it was matched so, with the old and new
# 实施单位 (text, Markdown; JSON "change": "moved", "old_unit", summary "moved"). Two removed
# projects of one name and year and one added are not paired (which would it be?), nor a
# project of another 年度. Issue 12, finding 6: before, the first was only "-" and "+".
=== file: old.jx
默认 {
    表式 通用项目
    年度 2025
    主管部门 某委员会
    年度目标 "目标"
}

项目 医疗事故技术鉴定 {
    实施单位 江苏省医学会
    资金 {
        财政拨款 90
    }
    指标 {
        产出指标 {
            数量指标 {
                案件办理率 ≥90%
            }
        }
    }
}

项目 科普宣传 {
    实施单位 甲单位
    指标 {
        产出指标 {
            数量指标 {
                宣传次数 ≥5次
            }
        }
    }
}

项目 科普宣传 {
    实施单位 乙单位
    指标 {
        产出指标 {
            数量指标 {
                宣传次数 ≥5次
            }
        }
    }
}

项目 设备更新 {
    实施单位 丙单位
    指标 {
        产出指标 {
            数量指标 {
                更新台数 ≥3台
            }
        }
    }
}
=== file: new.jx
默认 {
    表式 通用项目
    年度 2025
    主管部门 某委员会
    年度目标 "目标"
}

项目 医疗事故技术鉴定 {
    实施单位 江苏省医学会鉴定办公室
    资金 {
        财政拨款 120
    }
    指标 {
        产出指标 {
            数量指标 {
                案件办理率 ≥85%
            }
        }
    }
}

项目 科普宣传 {
    实施单位 丁单位
    指标 {
        产出指标 {
            数量指标 {
                宣传次数 ≥5次
            }
        }
    }
}

项目 设备更新 {
    年度 2026
    实施单位 戊单位
    指标 {
        产出指标 {
            数量指标 {
                更新台数 ≥3台
            }
        }
    }
}
=== run
jxc diff old.jx new.jx
=== stdout
! 警告：项目 医疗事故技术鉴定（2025年，江苏省医学会鉴定办公室）的资金总额增加 90 → 120 万元（+30，+33.3%），同时有 1 个目标放宽

~ 项目 医疗事故技术鉴定（2025年，江苏省医学会鉴定办公室）
    实施单位改变：江苏省医学会 → 江苏省医学会鉴定办公室（按名称和年度匹配）
    字段
      ~ 实施单位   江苏省医学会 → 江苏省医学会鉴定办公室
    资金
      ~ 资金总额   90 → 120 万元（+30，+33.3%）
      ~ 财政拨款   90 → 120 万元（+30，+33.3%）
    指标
      ~ 产出指标 › 数量指标 › 案件办理率   ≥90% → ≥85%   放宽：下限降低
+ 项目 科普宣传（2025年，丁单位）
    没有资金，1 个指标
+ 项目 设备更新（2026年，戊单位）
    没有资金，1 个指标
- 项目 科普宣传（2025年，甲单位）
    没有资金，1 个指标
- 项目 科普宣传（2025年，乙单位）
    没有资金，1 个指标
- 项目 设备更新（2025年，丙单位）
    没有资金，1 个指标

合计：项目 修改 1（其中实施单位改变 1）、新增 2、删除 3；指标 新增 0、删除 0、改名 0、修改 1；目标 收紧 0、放宽 1、改变 0；金额 2 处变化；字段 1 处变化；警告 1 条
=== exit
1
=== run
jxc diff -f markdown old.jx new.jx
=== stdout
> ⚠️ **警告**：项目 医疗事故技术鉴定（2025年，江苏省医学会鉴定办公室）的资金总额增加 90 → 120 万元（+30，+33.3%），同时有 1 个目标放宽

#### ~ 项目 医疗事故技术鉴定（2025年，江苏省医学会鉴定办公室）

实施单位改变：江苏省医学会 → 江苏省医学会鉴定办公室（按名称和年度匹配）

| | 项 | 原 | 新 | 变化 |
|:-:|---|---|---|---|
| ~ | 字段 › 实施单位 | 江苏省医学会 | 江苏省医学会鉴定办公室 |  |
| ~ | 资金 › 资金总额 | 90 万元 | 120 万元 | +30，+33.3% |
| ~ | 资金 › 财政拨款 | 90 万元 | 120 万元 | +30，+33.3% |
| ~ | 指标 › 产出指标 › 数量指标 › 案件办理率 | ≥90% | ≥85% | **放宽**：下限降低 |

#### + 项目 科普宣传（2025年，丁单位）

没有资金，1 个指标

#### + 项目 设备更新（2026年，戊单位）

没有资金，1 个指标

#### - 项目 科普宣传（2025年，甲单位）

没有资金，1 个指标

#### - 项目 科普宣传（2025年，乙单位）

没有资金，1 个指标

#### - 项目 设备更新（2025年，丙单位）

没有资金，1 个指标

**合计：**项目 修改 1（其中实施单位改变 1）、新增 2、删除 3；指标 新增 0、删除 0、改名 0、修改 1；目标 收紧 0、放宽 1、改变 0；金额 2 处变化；字段 1 处变化；警告 1 条
=== exit
1
=== run
jxc diff -f json old.jx new.jx
=== stdout
{
	"version":	1,
	"path":	null,
	"old":	"old.jx",
	"new":	"new.jx",
	"differences":	true,
	"warnings":	[{
			"code":	"budget_grows_targets_loosen",
			"kind":	"project",
			"name":	"医疗事故技术鉴定",
			"year":	2025,
			"unit":	"江苏省医学会鉴定办公室",
			"total_old":	90,
			"total_new":	120,
			"money_unit":	"万元",
			"loosened":	1,
			"loosened_by":	{
				"removed":	0,
				"replaced_by_level":	0,
				"replaced_by_text":	0,
				"other":	1
			}
		}],
	"tables":	[{
			"change":	"moved",
			"kind":	"project",
			"name":	"医疗事故技术鉴定",
			"year":	2025,
			"unit":	"江苏省医学会鉴定办公室",
			"old_unit":	"江苏省医学会",
			"fields":	[{
					"change":	"changed",
					"name":	"实施单位",
					"old":	"江苏省医学会",
					"new":	"江苏省医学会鉴定办公室"
				}],
			"funds":	[{
					"change":	"changed",
					"path":	["资金总额"],
					"column":	null,
					"total":	true,
					"old":	90,
					"new":	120,
					"unit":	"万元",
					"difference":	30,
					"percent":	33.3
				}, {
					"change":	"changed",
					"path":	["财政拨款"],
					"column":	null,
					"total":	false,
					"old":	90,
					"new":	120,
					"unit":	"万元",
					"difference":	30,
					"percent":	33.3
				}],
			"expenses":	[],
			"indicators":	[{
					"change":	"changed",
					"path":	["产出指标", "数量指标", "案件办理率"],
					"new_path":	null,
					"targets":	[{
							"column":	"full",
							"old":	"≥90%",
							"new":	"≥85%",
							"class":	"loosened",
							"reason":	"lower_bound_lowered",
							"detail":	null,
							"compared_in":	null,
							"message":	"放宽：下限降低"
						}],
					"note":	null
				}],
			"targets":	{
				"tightened":	0,
				"loosened":	1,
				"changed":	0
			}
		}, {
			"change":	"added",
			"kind":	"project",
			"name":	"科普宣传",
			"year":	2025,
			"unit":	"丁单位",
			"fields":	[],
			"funds":	[],
			"expenses":	[],
			"indicators":	[],
			"funds_total":	null,
			"money_unit":	"万元",
			"indicator_count":	1
		}, {
			"change":	"added",
			"kind":	"project",
			"name":	"设备更新",
			"year":	2026,
			"unit":	"戊单位",
			"fields":	[],
			"funds":	[],
			"expenses":	[],
			"indicators":	[],
			"funds_total":	null,
			"money_unit":	"万元",
			"indicator_count":	1
		}, {
			"change":	"removed",
			"kind":	"project",
			"name":	"科普宣传",
			"year":	2025,
			"unit":	"甲单位",
			"fields":	[],
			"funds":	[],
			"expenses":	[],
			"indicators":	[],
			"funds_total":	null,
			"money_unit":	"万元",
			"indicator_count":	1
		}, {
			"change":	"removed",
			"kind":	"project",
			"name":	"科普宣传",
			"year":	2025,
			"unit":	"乙单位",
			"fields":	[],
			"funds":	[],
			"expenses":	[],
			"indicators":	[],
			"funds_total":	null,
			"money_unit":	"万元",
			"indicator_count":	1
		}, {
			"change":	"removed",
			"kind":	"project",
			"name":	"设备更新",
			"year":	2025,
			"unit":	"丙单位",
			"fields":	[],
			"funds":	[],
			"expenses":	[],
			"indicators":	[],
			"funds_total":	null,
			"money_unit":	"万元",
			"indicator_count":	1
		}],
	"summary":	{
		"projects":	{
			"changed":	1,
			"added":	2,
			"removed":	3,
			"moved":	1,
			"renamed":	0
		},
		"departments":	{
			"changed":	0,
			"added":	0,
			"removed":	0,
			"moved":	0,
			"renamed":	0
		},
		"indicators":	{
			"added":	0,
			"removed":	0,
			"renamed":	0,
			"changed":	1
		},
		"targets":	{
			"tightened":	0,
			"loosened":	1,
			"changed":	0
		},
		"amounts":	2,
		"fields":	1,
		"warnings":	1
	}
}
=== exit
1
=== run
jxc diff --lang=en old.jx new.jx
=== stdout
! warning: project 医疗事故技术鉴定 (2025, 江苏省医学会鉴定办公室): 资金总额 grows 90 → 120 万元 (+30, +33.3%) while 1 target(s) loosen (放宽)

~ project 医疗事故技术鉴定 (2025, 江苏省医学会鉴定办公室)
    实施单位 changed: 江苏省医学会 → 江苏省医学会鉴定办公室 (matched by name and 年度)
    fields
      ~ 实施单位   江苏省医学会 → 江苏省医学会鉴定办公室
    funds
      ~ 资金总额   90 → 120 万元 (+30, +33.3%)
      ~ 财政拨款   90 → 120 万元 (+30, +33.3%)
    indicators
      ~ 产出指标 › 数量指标 › 案件办理率   ≥90% → ≥85%   放宽 (loosened): lower bound lowered
+ project 科普宣传 (2025, 丁单位)
    no funds, 1 indicators
+ project 设备更新 (2026, 戊单位)
    no funds, 1 indicators
- project 科普宣传 (2025, 甲单位)
    no funds, 1 indicators
- project 科普宣传 (2025, 乙单位)
    no funds, 1 indicators
- project 设备更新 (2025, 丙单位)
    no funds, 1 indicators

Summary: projects: 1 (1 with another 实施单位) changed, 2 added, 3 removed; indicators: 0 added, 0 removed, 0 renamed, 1 changed; targets: 0 收紧 tightened, 1 放宽 loosened, 0 改变 changed; 2 amounts changed; 1 fields changed; 1 warning(s).
=== exit
1
