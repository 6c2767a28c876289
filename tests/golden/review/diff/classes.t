# How each kind of target change is classed: a ≥/> bound raised or lowered, a ≤/< bound
# lowered or raised, a comparator made strict or turned round, an = value changed, ranges
# narrowed, widened or moved, measures compared exactly in base units (≥3万元 is ≥30000元: no
# change), a unit or dimension changed, a measure replaced by a level (放宽), levels moved along a scale they share
# (差 is on two scales; 满意 → 非常满意 is found on the second scale of 满意), words on no common
# scale, texts, references, a 半年 value added, a note changed; an indicator added and one
# removed (not a rename: their targets differ; the removed one is 放宽). Text, then JSON (class, reason and detail keys).
=== file: old.jx
默认 {
    表式 通用项目
    年度 2025
    主管部门 某委员会
    年度目标 "目标"
}

项目 分类 {
    指标 {
        产出指标 {
            数量指标 {
                下限提高 ≥90%
                下限降低 ≥90%
                变为严格 ≥90%
                变为不严格 >90%
                上限降低 ≤5%
                上限提高 ≤5%
                等值改变 =3台
                等值变下限 =100%
                方向反转 ≥90%
                区间收窄 80%~90%
                区间扩大 80%~90%
                区间移动 80%~90%
                同值换写法 ≥3万元
                万元与元 ≥3万元
                单位改变 ≥100人次
                量纲改变 ≥90%
                类型改变 ≥90%
                删除的指标 ≥1个
            }
            质量指标 {
                等级降低 较好
                另一序列 优
                不同序列 好
                满意程度 满意
                文字 "文字一"
                引用严格 ≤总成本预算数
                引用改变 ≤总成本预算数
                备注 ≥1次 "旧备注"
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
    指标 {
        产出指标 {
            数量指标 {
                新增半年值 全年 ≥10次
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

项目 分类 {
    指标 {
        产出指标 {
            数量指标 {
                下限提高 ≥95%
                下限降低 ≥85%
                变为严格 >90%
                变为不严格 ≥90%
                上限降低 ≤3%
                上限提高 ≤8%
                等值改变 =4台
                等值变下限 ≥95%
                方向反转 ≤90%
                区间收窄 82%~88%
                区间扩大 70%~95%
                区间移动 85%~95%
                同值换写法 ≥30000元
                万元与元 ≥40000元
                单位改变 ≥100次
                量纲改变 ≥90个
                类型改变 较好
                新增的指标 ≥2个
            }
            质量指标 {
                等级降低 一般
                另一序列 差
                不同序列 优
                满意程度 非常满意
                文字 "文字二"
                引用严格 <总成本预算数
                引用改变 ≤资金总额
                备注 ≥1次 "新备注"
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
    指标 {
        产出指标 {
            数量指标 {
                新增半年值 半年 ≥5次 全年 ≥10次
            }
        }
    }
}
=== run
jxc diff old.jx new.jx; jxc diff -f json old.jx new.jx
=== stdout
~ 项目 分类（2025年）
    指标
      ~ 产出指标 › 数量指标 › 下限提高     ≥90% → ≥95%   收紧：下限提高
      ~ 产出指标 › 数量指标 › 下限降低     ≥90% → ≥85%   放宽：下限降低
      ~ 产出指标 › 数量指标 › 变为严格     ≥90% → >90%   收紧：比较符改变
      ~ 产出指标 › 数量指标 › 变为不严格   >90% → ≥90%   放宽：比较符改变
      ~ 产出指标 › 数量指标 › 上限降低     ≤5% → ≤3%   收紧：上限降低
      ~ 产出指标 › 数量指标 › 上限提高     ≤5% → ≤8%   放宽：上限提高
      ~ 产出指标 › 数量指标 › 等值改变     =3台 → =4台   改变：目标值改变
      ~ 产出指标 › 数量指标 › 等值变下限   =100% → ≥95%   放宽：比较符改变
      ~ 产出指标 › 数量指标 › 方向反转     ≥90% → ≤90%   改变：比较符改变
      ~ 产出指标 › 数量指标 › 区间收窄     80%~90% → 82%~88%   收紧：区间收窄
      ~ 产出指标 › 数量指标 › 区间扩大     80%~90% → 70%~95%   放宽：区间扩大
      ~ 产出指标 › 数量指标 › 区间移动     80%~90% → 85%~95%   改变：区间移动
      ~ 产出指标 › 数量指标 › 万元与元     ≥3万元 → ≥40000元   收紧：下限提高
      ~ 产出指标 › 数量指标 › 单位改变     ≥100人次 → ≥100次   改变：单位改变 人次 → 次
      ~ 产出指标 › 数量指标 › 量纲改变     ≥90% → ≥90个   改变：量纲改变 比率 → 计数
      ~ 产出指标 › 数量指标 › 类型改变     ≥90% → 较好   放宽：数值改为等级
      + 产出指标 › 数量指标 › 新增的指标   ≥2个
      - 产出指标 › 数量指标 › 删除的指标   ≥1个   放宽：删除指标
      ~ 产出指标 › 质量指标 › 等级降低     较好 → 一般   放宽：等级降低
      ~ 产出指标 › 质量指标 › 另一序列     优 → 差   放宽：等级降低
      ~ 产出指标 › 质量指标 › 不同序列     好 → 优   改变：等级改变（不在同一等级序列上）
      ~ 产出指标 › 质量指标 › 满意程度     满意 → 非常满意   收紧：等级提高
      ~ 产出指标 › 质量指标 › 文字         "文字一" → "文字二"   改变：文字改变
      ~ 产出指标 › 质量指标 › 引用严格     ≤总成本预算数 → <总成本预算数   收紧：比较符改变
      ~ 产出指标 › 质量指标 › 引用改变     ≤总成本预算数 → ≤资金总额   改变：引用改变
      ~ 产出指标 › 质量指标 › 备注         备注 "旧备注" → "新备注"
~ 项目 半年列（2025年，某单位）
    指标
      ~ 产出指标 › 数量指标 › 新增半年值   半年 （空） → ≥5次   改变：新增目标值

合计：项目 修改 2、新增 0、删除 0；指标 新增 1、删除 1、改名 0、修改 25；目标 收紧 7、放宽 9、改变 9；金额 0 处变化；字段 0 处变化
{
	"version":	1,
	"path":	null,
	"old":	"old.jx",
	"new":	"new.jx",
	"differences":	true,
	"warnings":	[],
	"tables":	[{
			"change":	"changed",
			"kind":	"project",
			"name":	"分类",
			"year":	2025,
			"unit":	null,
			"fields":	[],
			"funds":	[],
			"expenses":	[],
			"indicators":	[{
					"change":	"changed",
					"path":	["产出指标", "数量指标", "下限提高"],
					"new_path":	null,
					"targets":	[{
							"column":	"full",
							"old":	"≥90%",
							"new":	"≥95%",
							"class":	"tightened",
							"reason":	"lower_bound_raised",
							"detail":	null,
							"compared_in":	null,
							"message":	"收紧：下限提高"
						}],
					"note":	null
				}, {
					"change":	"changed",
					"path":	["产出指标", "数量指标", "下限降低"],
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
				}, {
					"change":	"changed",
					"path":	["产出指标", "数量指标", "变为严格"],
					"new_path":	null,
					"targets":	[{
							"column":	"full",
							"old":	"≥90%",
							"new":	">90%",
							"class":	"tightened",
							"reason":	"comparator_changed",
							"detail":	null,
							"compared_in":	null,
							"message":	"收紧：比较符改变"
						}],
					"note":	null
				}, {
					"change":	"changed",
					"path":	["产出指标", "数量指标", "变为不严格"],
					"new_path":	null,
					"targets":	[{
							"column":	"full",
							"old":	">90%",
							"new":	"≥90%",
							"class":	"loosened",
							"reason":	"comparator_changed",
							"detail":	null,
							"compared_in":	null,
							"message":	"放宽：比较符改变"
						}],
					"note":	null
				}, {
					"change":	"changed",
					"path":	["产出指标", "数量指标", "上限降低"],
					"new_path":	null,
					"targets":	[{
							"column":	"full",
							"old":	"≤5%",
							"new":	"≤3%",
							"class":	"tightened",
							"reason":	"upper_bound_lowered",
							"detail":	null,
							"compared_in":	null,
							"message":	"收紧：上限降低"
						}],
					"note":	null
				}, {
					"change":	"changed",
					"path":	["产出指标", "数量指标", "上限提高"],
					"new_path":	null,
					"targets":	[{
							"column":	"full",
							"old":	"≤5%",
							"new":	"≤8%",
							"class":	"loosened",
							"reason":	"upper_bound_raised",
							"detail":	null,
							"compared_in":	null,
							"message":	"放宽：上限提高"
						}],
					"note":	null
				}, {
					"change":	"changed",
					"path":	["产出指标", "数量指标", "等值改变"],
					"new_path":	null,
					"targets":	[{
							"column":	"full",
							"old":	"=3台",
							"new":	"=4台",
							"class":	"changed",
							"reason":	"exact_value_changed",
							"detail":	null,
							"compared_in":	null,
							"message":	"改变：目标值改变"
						}],
					"note":	null
				}, {
					"change":	"changed",
					"path":	["产出指标", "数量指标", "等值变下限"],
					"new_path":	null,
					"targets":	[{
							"column":	"full",
							"old":	"=100%",
							"new":	"≥95%",
							"class":	"loosened",
							"reason":	"comparator_changed",
							"detail":	null,
							"compared_in":	null,
							"message":	"放宽：比较符改变"
						}],
					"note":	null
				}, {
					"change":	"changed",
					"path":	["产出指标", "数量指标", "方向反转"],
					"new_path":	null,
					"targets":	[{
							"column":	"full",
							"old":	"≥90%",
							"new":	"≤90%",
							"class":	"changed",
							"reason":	"comparator_changed",
							"detail":	null,
							"compared_in":	null,
							"message":	"改变：比较符改变"
						}],
					"note":	null
				}, {
					"change":	"changed",
					"path":	["产出指标", "数量指标", "区间收窄"],
					"new_path":	null,
					"targets":	[{
							"column":	"full",
							"old":	"80%~90%",
							"new":	"82%~88%",
							"class":	"tightened",
							"reason":	"range_narrowed",
							"detail":	null,
							"compared_in":	null,
							"message":	"收紧：区间收窄"
						}],
					"note":	null
				}, {
					"change":	"changed",
					"path":	["产出指标", "数量指标", "区间扩大"],
					"new_path":	null,
					"targets":	[{
							"column":	"full",
							"old":	"80%~90%",
							"new":	"70%~95%",
							"class":	"loosened",
							"reason":	"range_widened",
							"detail":	null,
							"compared_in":	null,
							"message":	"放宽：区间扩大"
						}],
					"note":	null
				}, {
					"change":	"changed",
					"path":	["产出指标", "数量指标", "区间移动"],
					"new_path":	null,
					"targets":	[{
							"column":	"full",
							"old":	"80%~90%",
							"new":	"85%~95%",
							"class":	"changed",
							"reason":	"range_moved",
							"detail":	null,
							"compared_in":	null,
							"message":	"改变：区间移动"
						}],
					"note":	null
				}, {
					"change":	"changed",
					"path":	["产出指标", "数量指标", "万元与元"],
					"new_path":	null,
					"targets":	[{
							"column":	"full",
							"old":	"≥3万元",
							"new":	"≥40000元",
							"class":	"tightened",
							"reason":	"lower_bound_raised",
							"detail":	null,
							"compared_in":	null,
							"message":	"收紧：下限提高"
						}],
					"note":	null
				}, {
					"change":	"changed",
					"path":	["产出指标", "数量指标", "单位改变"],
					"new_path":	null,
					"targets":	[{
							"column":	"full",
							"old":	"≥100人次",
							"new":	"≥100次",
							"class":	"changed",
							"reason":	"unit_changed",
							"detail":	"人次 → 次",
							"compared_in":	null,
							"message":	"改变：单位改变 人次 → 次"
						}],
					"note":	null
				}, {
					"change":	"changed",
					"path":	["产出指标", "数量指标", "量纲改变"],
					"new_path":	null,
					"targets":	[{
							"column":	"full",
							"old":	"≥90%",
							"new":	"≥90个",
							"class":	"changed",
							"reason":	"dimension_changed",
							"detail":	"比率 → 计数",
							"compared_in":	null,
							"message":	"改变：量纲改变 比率 → 计数"
						}],
					"note":	null
				}, {
					"change":	"changed",
					"path":	["产出指标", "数量指标", "类型改变"],
					"new_path":	null,
					"targets":	[{
							"column":	"full",
							"old":	"≥90%",
							"new":	"较好",
							"class":	"loosened",
							"reason":	"replaced_by_level",
							"detail":	"measure → level",
							"compared_in":	null,
							"message":	"放宽：数值改为等级"
						}],
					"note":	null
				}, {
					"change":	"added",
					"path":	["产出指标", "数量指标", "新增的指标"],
					"new_path":	null,
					"targets":	[{
							"column":	"full",
							"old":	null,
							"new":	"≥2个",
							"class":	null,
							"reason":	null,
							"detail":	null,
							"compared_in":	null,
							"message":	null
						}],
					"note":	null
				}, {
					"change":	"removed",
					"path":	["产出指标", "数量指标", "删除的指标"],
					"new_path":	null,
					"targets":	[{
							"column":	"full",
							"old":	"≥1个",
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
					"path":	["产出指标", "质量指标", "等级降低"],
					"new_path":	null,
					"targets":	[{
							"column":	"full",
							"old":	"较好",
							"new":	"一般",
							"class":	"loosened",
							"reason":	"level_lowered",
							"detail":	null,
							"compared_in":	null,
							"message":	"放宽：等级降低"
						}],
					"note":	null
				}, {
					"change":	"changed",
					"path":	["产出指标", "质量指标", "另一序列"],
					"new_path":	null,
					"targets":	[{
							"column":	"full",
							"old":	"优",
							"new":	"差",
							"class":	"loosened",
							"reason":	"level_lowered",
							"detail":	null,
							"compared_in":	null,
							"message":	"放宽：等级降低"
						}],
					"note":	null
				}, {
					"change":	"changed",
					"path":	["产出指标", "质量指标", "不同序列"],
					"new_path":	null,
					"targets":	[{
							"column":	"full",
							"old":	"好",
							"new":	"优",
							"class":	"changed",
							"reason":	"level_changed",
							"detail":	null,
							"compared_in":	null,
							"message":	"改变：等级改变（不在同一等级序列上）"
						}],
					"note":	null
				}, {
					"change":	"changed",
					"path":	["产出指标", "质量指标", "满意程度"],
					"new_path":	null,
					"targets":	[{
							"column":	"full",
							"old":	"满意",
							"new":	"非常满意",
							"class":	"tightened",
							"reason":	"level_raised",
							"detail":	null,
							"compared_in":	null,
							"message":	"收紧：等级提高"
						}],
					"note":	null
				}, {
					"change":	"changed",
					"path":	["产出指标", "质量指标", "文字"],
					"new_path":	null,
					"targets":	[{
							"column":	"full",
							"old":	"\"文字一\"",
							"new":	"\"文字二\"",
							"class":	"changed",
							"reason":	"text_changed",
							"detail":	null,
							"compared_in":	null,
							"message":	"改变：文字改变"
						}],
					"note":	null
				}, {
					"change":	"changed",
					"path":	["产出指标", "质量指标", "引用严格"],
					"new_path":	null,
					"targets":	[{
							"column":	"full",
							"old":	"≤总成本预算数",
							"new":	"<总成本预算数",
							"class":	"tightened",
							"reason":	"comparator_changed",
							"detail":	null,
							"compared_in":	null,
							"message":	"收紧：比较符改变"
						}],
					"note":	null
				}, {
					"change":	"changed",
					"path":	["产出指标", "质量指标", "引用改变"],
					"new_path":	null,
					"targets":	[{
							"column":	"full",
							"old":	"≤总成本预算数",
							"new":	"≤资金总额",
							"class":	"changed",
							"reason":	"reference_changed",
							"detail":	null,
							"compared_in":	null,
							"message":	"改变：引用改变"
						}],
					"note":	null
				}, {
					"change":	"changed",
					"path":	["产出指标", "质量指标", "备注"],
					"new_path":	null,
					"targets":	[],
					"note":	{
						"old":	"旧备注",
						"new":	"新备注"
					}
				}],
			"targets":	{
				"tightened":	7,
				"loosened":	9,
				"changed":	8
			}
		}, {
			"change":	"changed",
			"kind":	"project",
			"name":	"半年列",
			"year":	2025,
			"unit":	"某单位",
			"fields":	[],
			"funds":	[],
			"expenses":	[],
			"indicators":	[{
					"change":	"changed",
					"path":	["产出指标", "数量指标", "新增半年值"],
					"new_path":	null,
					"targets":	[{
							"column":	"half",
							"old":	null,
							"new":	"≥5次",
							"class":	"changed",
							"reason":	"value_added",
							"detail":	null,
							"compared_in":	null,
							"message":	"改变：新增目标值"
						}],
					"note":	null
				}],
			"targets":	{
				"tightened":	0,
				"loosened":	0,
				"changed":	1
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
			"added":	1,
			"removed":	1,
			"renamed":	0,
			"changed":	25
		},
		"targets":	{
			"tightened":	7,
			"loosened":	9,
			"changed":	9
		},
		"amounts":	0,
		"fields":	0,
		"warnings":	0
	}
}
=== exit
1
