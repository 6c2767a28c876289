# A budget that grows while targets are deleted or made unmeasurable gets the warning: a
# deleted indicator and an emptied 半年 column are 放宽 (删除指标, 删除目标值); a measure (or a
# reference) replaced by a level or by text, and a level replaced by text, are 放宽 (改为等级,
# 改为文字); text replaced by a number is 收紧; a measure that became a reference is still
# 改变 (both are numbers); ≥90% → ≠0% accepts more (放宽). The warning says how many of the
# loosened targets were deleted or replaced. Issue 12, finding 6: before, these were 删除/改变
# and no warning was given.
# Text, Markdown, JSON, and the English text.
=== file: old.jx
默认 {
    表式 通用项目
    年度 2025
    主管部门 某委员会
    实施单位 江苏省医学会
    年度目标 "目标"
}

项目 医疗事故技术鉴定 {
    资金 {
        财政拨款 90
    }
    指标 {
        产出指标 {
            数量指标 {
                案件办理率 ≥90%
                鉴定差错率 ≤0.5%
                覆盖率     =100%
                宣传次数   ≥5次
            }
            质量指标 {
                鉴定规范性 较好
                文书质量   "文书规范"
                成本控制   ≤资金总额
                合格率     ≥90%
            }
        }
    }
}

项目 半年列 {
    表式 江苏省级项目
    实施单位 某单位
    项目级次 省本级
    项目类型 一次性项目
    开始时间 2025年
    完成时间 2025年
    资金 {
        一般公共预算资金 10
    }
    指标 {
        产出指标 {
            数量指标 {
                培训次数 半年 ≥2次 全年 ≥4次
            }
        }
    }
}
=== file: new.jx
默认 {
    表式 通用项目
    年度 2025
    主管部门 某委员会
    实施单位 江苏省医学会
    年度目标 "目标"
}

项目 医疗事故技术鉴定 {
    资金 {
        财政拨款 120
    }
    指标 {
        产出指标 {
            数量指标 {
                鉴定差错率 较好
                覆盖率     "力争全覆盖"
                宣传次数   ≤资金总额
            }
            质量指标 {
                鉴定规范性 "基本规范"
                文书质量   =100%
                成本控制   较好
                合格率     ≠0%
            }
        }
    }
}

项目 半年列 {
    表式 江苏省级项目
    实施单位 某单位
    项目级次 省本级
    项目类型 一次性项目
    开始时间 2025年
    完成时间 2025年
    资金 {
        一般公共预算资金 12
    }
    指标 {
        产出指标 {
            数量指标 {
                培训次数 全年 ≥4次
            }
        }
    }
}
=== run
jxc diff old.jx new.jx
=== stdout
! 警告：项目 医疗事故技术鉴定（2025年，江苏省医学会）的资金总额增加 90 → 120 万元（+30，+33.3%），同时有 6 个目标放宽（其中删除 1 个、改为等级 2 个、改为文字 2 个）
! 警告：项目 半年列（2025年，某单位）的资金总额增加 10 → 12 万元（+2，+20%），同时有 1 个目标放宽（其中删除 1 个）

~ 项目 医疗事故技术鉴定（2025年，江苏省医学会）
    资金
      ~ 资金总额   90 → 120 万元（+30，+33.3%）
      ~ 财政拨款   90 → 120 万元（+30，+33.3%）
    指标
      - 产出指标 › 数量指标 › 案件办理率   ≥90%   放宽：删除指标
      ~ 产出指标 › 数量指标 › 鉴定差错率   ≤0.5% → 较好   放宽：数值改为等级
      ~ 产出指标 › 数量指标 › 覆盖率       =100% → "力争全覆盖"   放宽：数值改为文字
      ~ 产出指标 › 数量指标 › 宣传次数     ≥5次 → ≤资金总额   改变：类型改变 数值 → 引用
      ~ 产出指标 › 质量指标 › 鉴定规范性   较好 → "基本规范"   放宽：等级改为文字
      ~ 产出指标 › 质量指标 › 文书质量     "文书规范" → =100%   收紧：文字改为数值
      ~ 产出指标 › 质量指标 › 成本控制     ≤资金总额 → 较好   放宽：引用改为等级
      ~ 产出指标 › 质量指标 › 合格率       ≥90% → ≠0%   放宽：比较符改变
~ 项目 半年列（2025年，某单位）
    资金
      ~ 资金总额           10 → 12 万元（+2，+20%）
      ~ 一般公共预算资金   10 → 12 万元（+2，+20%）
    指标
      ~ 产出指标 › 数量指标 › 培训次数   半年 ≥2次 → （空）   放宽：删除目标值

合计：项目 修改 2、新增 0、删除 0；指标 新增 0、删除 1、改名 0、修改 8；目标 收紧 1、放宽 7、改变 1；金额 4 处变化；字段 0 处变化；警告 2 条
=== exit
1
=== run
jxc diff -f markdown old.jx new.jx
=== stdout
> ⚠️ **警告**：项目 医疗事故技术鉴定（2025年，江苏省医学会）的资金总额增加 90 → 120 万元（+30，+33.3%），同时有 6 个目标放宽（其中删除 1 个、改为等级 2 个、改为文字 2 个）
> ⚠️ **警告**：项目 半年列（2025年，某单位）的资金总额增加 10 → 12 万元（+2，+20%），同时有 1 个目标放宽（其中删除 1 个）

#### ~ 项目 医疗事故技术鉴定（2025年，江苏省医学会）

| | 项 | 原 | 新 | 变化 |
|:-:|---|---|---|---|
| ~ | 资金 › 资金总额 | 90 万元 | 120 万元 | +30，+33.3% |
| ~ | 资金 › 财政拨款 | 90 万元 | 120 万元 | +30，+33.3% |
| - | 指标 › 产出指标 › 数量指标 › 案件办理率 | ≥90% |  | **放宽**：删除指标 |
| ~ | 指标 › 产出指标 › 数量指标 › 鉴定差错率 | ≤0.5% | 较好 | **放宽**：数值改为等级 |
| ~ | 指标 › 产出指标 › 数量指标 › 覆盖率 | =100% | "力争全覆盖" | **放宽**：数值改为文字 |
| ~ | 指标 › 产出指标 › 数量指标 › 宣传次数 | ≥5次 | ≤资金总额 | **改变**：类型改变 数值 → 引用 |
| ~ | 指标 › 产出指标 › 质量指标 › 鉴定规范性 | 较好 | "基本规范" | **放宽**：等级改为文字 |
| ~ | 指标 › 产出指标 › 质量指标 › 文书质量 | "文书规范" | =100% | **收紧**：文字改为数值 |
| ~ | 指标 › 产出指标 › 质量指标 › 成本控制 | ≤资金总额 | 较好 | **放宽**：引用改为等级 |
| ~ | 指标 › 产出指标 › 质量指标 › 合格率 | ≥90% | ≠0% | **放宽**：比较符改变 |

#### ~ 项目 半年列（2025年，某单位）

| | 项 | 原 | 新 | 变化 |
|:-:|---|---|---|---|
| ~ | 资金 › 资金总额 | 10 万元 | 12 万元 | +2，+20% |
| ~ | 资金 › 一般公共预算资金 | 10 万元 | 12 万元 | +2，+20% |
| ~ | 指标 › 产出指标 › 数量指标 › 培训次数 · 半年 | ≥2次 |  | **放宽**：删除目标值 |

**合计：**项目 修改 2、新增 0、删除 0；指标 新增 0、删除 1、改名 0、修改 8；目标 收紧 1、放宽 7、改变 1；金额 4 处变化；字段 0 处变化；警告 2 条
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
			"unit":	"江苏省医学会",
			"total_old":	90,
			"total_new":	120,
			"money_unit":	"万元",
			"loosened":	6,
			"loosened_by":	{
				"removed":	1,
				"replaced_by_level":	2,
				"replaced_by_text":	2,
				"other":	1
			}
		}, {
			"code":	"budget_grows_targets_loosen",
			"kind":	"project",
			"name":	"半年列",
			"year":	2025,
			"unit":	"某单位",
			"total_old":	10,
			"total_new":	12,
			"money_unit":	"万元",
			"loosened":	1,
			"loosened_by":	{
				"removed":	1,
				"replaced_by_level":	0,
				"replaced_by_text":	0,
				"other":	0
			}
		}],
	"tables":	[{
			"change":	"changed",
			"kind":	"project",
			"name":	"医疗事故技术鉴定",
			"year":	2025,
			"unit":	"江苏省医学会",
			"fields":	[],
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
					"change":	"removed",
					"path":	["产出指标", "数量指标", "案件办理率"],
					"new_path":	null,
					"targets":	[{
							"column":	"full",
							"old":	"≥90%",
							"new":	null,
							"class":	"loosened",
							"reason":	"indicator_removed",
							"detail":	null,
							"compared_in":	null,
							"message":	"放宽：删除指标"
						}],
					"note":	null
				}, {
					"change":	"changed",
					"path":	["产出指标", "数量指标", "鉴定差错率"],
					"new_path":	null,
					"targets":	[{
							"column":	"full",
							"old":	"≤0.5%",
							"new":	"较好",
							"class":	"loosened",
							"reason":	"replaced_by_level",
							"detail":	"measure → level",
							"compared_in":	null,
							"message":	"放宽：数值改为等级"
						}],
					"note":	null
				}, {
					"change":	"changed",
					"path":	["产出指标", "数量指标", "覆盖率"],
					"new_path":	null,
					"targets":	[{
							"column":	"full",
							"old":	"=100%",
							"new":	"\"力争全覆盖\"",
							"class":	"loosened",
							"reason":	"replaced_by_text",
							"detail":	"measure → text",
							"compared_in":	null,
							"message":	"放宽：数值改为文字"
						}],
					"note":	null
				}, {
					"change":	"changed",
					"path":	["产出指标", "数量指标", "宣传次数"],
					"new_path":	null,
					"targets":	[{
							"column":	"full",
							"old":	"≥5次",
							"new":	"≤资金总额",
							"class":	"changed",
							"reason":	"kind_changed",
							"detail":	"measure → reference",
							"compared_in":	null,
							"message":	"改变：类型改变 数值 → 引用"
						}],
					"note":	null
				}, {
					"change":	"changed",
					"path":	["产出指标", "质量指标", "鉴定规范性"],
					"new_path":	null,
					"targets":	[{
							"column":	"full",
							"old":	"较好",
							"new":	"\"基本规范\"",
							"class":	"loosened",
							"reason":	"replaced_by_text",
							"detail":	"level → text",
							"compared_in":	null,
							"message":	"放宽：等级改为文字"
						}],
					"note":	null
				}, {
					"change":	"changed",
					"path":	["产出指标", "质量指标", "文书质量"],
					"new_path":	null,
					"targets":	[{
							"column":	"full",
							"old":	"\"文书规范\"",
							"new":	"=100%",
							"class":	"tightened",
							"reason":	"replaced_by_number",
							"detail":	"text → measure",
							"compared_in":	null,
							"message":	"收紧：文字改为数值"
						}],
					"note":	null
				}, {
					"change":	"changed",
					"path":	["产出指标", "质量指标", "成本控制"],
					"new_path":	null,
					"targets":	[{
							"column":	"full",
							"old":	"≤资金总额",
							"new":	"较好",
							"class":	"loosened",
							"reason":	"replaced_by_level",
							"detail":	"reference → level",
							"compared_in":	null,
							"message":	"放宽：引用改为等级"
						}],
					"note":	null
				}, {
					"change":	"changed",
					"path":	["产出指标", "质量指标", "合格率"],
					"new_path":	null,
					"targets":	[{
							"column":	"full",
							"old":	"≥90%",
							"new":	"≠0%",
							"class":	"loosened",
							"reason":	"comparator_changed",
							"detail":	null,
							"compared_in":	null,
							"message":	"放宽：比较符改变"
						}],
					"note":	null
				}],
			"targets":	{
				"tightened":	1,
				"loosened":	6,
				"changed":	1
			}
		}, {
			"change":	"changed",
			"kind":	"project",
			"name":	"半年列",
			"year":	2025,
			"unit":	"某单位",
			"fields":	[],
			"funds":	[{
					"change":	"changed",
					"path":	["资金总额"],
					"column":	null,
					"total":	true,
					"old":	10,
					"new":	12,
					"unit":	"万元",
					"difference":	2,
					"percent":	20.0
				}, {
					"change":	"changed",
					"path":	["一般公共预算资金"],
					"column":	null,
					"total":	false,
					"old":	10,
					"new":	12,
					"unit":	"万元",
					"difference":	2,
					"percent":	20.0
				}],
			"expenses":	[],
			"indicators":	[{
					"change":	"changed",
					"path":	["产出指标", "数量指标", "培训次数"],
					"new_path":	null,
					"targets":	[{
							"column":	"half",
							"old":	"≥2次",
							"new":	null,
							"class":	"loosened",
							"reason":	"value_removed",
							"detail":	null,
							"compared_in":	null,
							"message":	"放宽：删除目标值"
						}],
					"note":	null
				}],
			"targets":	{
				"tightened":	0,
				"loosened":	1,
				"changed":	0
			}
		}],
	"summary":	{
		"projects":	{
			"changed":	2,
			"added":	0,
			"removed":	0,
			"moved":	0,
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
			"removed":	1,
			"renamed":	0,
			"changed":	8
		},
		"targets":	{
			"tightened":	1,
			"loosened":	7,
			"changed":	1
		},
		"amounts":	4,
		"fields":	0,
		"warnings":	2
	}
}
=== exit
1
=== run
jxc diff --lang=en old.jx new.jx
=== stdout
! warning: project 医疗事故技术鉴定 (2025, 江苏省医学会): 资金总额 grows 90 → 120 万元 (+30, +33.3%) while 6 target(s) loosen (放宽): 1 removed, 2 replaced by a level, 2 replaced by text
! warning: project 半年列 (2025, 某单位): 资金总额 grows 10 → 12 万元 (+2, +20%) while 1 target(s) loosen (放宽): 1 removed

~ project 医疗事故技术鉴定 (2025, 江苏省医学会)
    funds
      ~ 资金总额   90 → 120 万元 (+30, +33.3%)
      ~ 财政拨款   90 → 120 万元 (+30, +33.3%)
    indicators
      - 产出指标 › 数量指标 › 案件办理率   ≥90%   放宽 (loosened): indicator removed
      ~ 产出指标 › 数量指标 › 鉴定差错率   ≤0.5% → 较好   放宽 (loosened): measure replaced by level
      ~ 产出指标 › 数量指标 › 覆盖率       =100% → "力争全覆盖"   放宽 (loosened): measure replaced by text
      ~ 产出指标 › 数量指标 › 宣传次数     ≥5次 → ≤资金总额   改变 (changed): kind changed measure → reference
      ~ 产出指标 › 质量指标 › 鉴定规范性   较好 → "基本规范"   放宽 (loosened): level replaced by text
      ~ 产出指标 › 质量指标 › 文书质量     "文书规范" → =100%   收紧 (tightened): text replaced by measure
      ~ 产出指标 › 质量指标 › 成本控制     ≤资金总额 → 较好   放宽 (loosened): reference replaced by level
      ~ 产出指标 › 质量指标 › 合格率       ≥90% → ≠0%   放宽 (loosened): comparator changed
~ project 半年列 (2025, 某单位)
    funds
      ~ 资金总额           10 → 12 万元 (+2, +20%)
      ~ 一般公共预算资金   10 → 12 万元 (+2, +20%)
    indicators
      ~ 产出指标 › 数量指标 › 培训次数   半年 ≥2次 → (empty)   放宽 (loosened): value removed

Summary: projects: 2 changed, 0 added, 0 removed; indicators: 0 added, 1 removed, 0 renamed, 8 changed; targets: 1 收紧 tightened, 7 放宽 loosened, 1 改变 changed; 4 amounts changed; 0 fields changed; 2 warning(s).
=== exit
1
