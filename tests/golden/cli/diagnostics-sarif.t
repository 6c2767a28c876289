# --diagnostics=sarif: a SARIF 2.1.0 log with rules and code-point columns.
=== file: t.jx
默认 {
    表式 通用项目
    年度 2025
    主管部门 某某局
    年度目标 "完成年度任务"
}

项目 培训项目 {
    开始时间 2025
    完成时间 2123
    资金 {
        财政拨款 90
    }
    支出 {
        业务费 全年 90
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
            }
        }
        满意度指标 {
            服务对象满意度指标 {
                学员满意度 ≥90%
            }
        }
    }
}
=== run
jxc check --lang=en --diagnostics=sarif t.jx
=== stderr
{
	"$schema":	"https://json.schemastore.org/sarif-2.1.0.json",
	"version":	"2.1.0",
	"runs":	[{
			"tool":	{
				"driver":	{
					"name":	"jxc",
					"version":	"0.1.0",
					"rules":	[{
							"id":	"W0602",
							"name":	"long-span",
							"shortDescription":	{
								"text":	"long-span"
							},
							"defaultConfiguration":	{
								"level":	"warning"
							}
						}]
				}
			},
			"columnKind":	"unicodeCodePoints",
			"results":	[{
					"ruleId":	"W0602",
					"level":	"warning",
					"message":	{
						"text":	"完成时间 2123 is 98 years after 开始时间 2025 (more than 10)"
					},
					"locations":	[{
							"physicalLocation":	{
								"artifactLocation":	{
									"uri":	"t.jx"
								},
								"region":	{
									"startLine":	10,
									"startColumn":	10,
									"endLine":	10,
									"endColumn":	14
								}
							}
						}],
					"relatedLocations":	[{
							"physicalLocation":	{
								"artifactLocation":	{
									"uri":	"t.jx"
								},
								"region":	{
									"startLine":	9,
									"startColumn":	10,
									"endLine":	9,
									"endColumn":	14
								}
							},
							"id":	0,
							"message":	{
								"text":	"开始时间 is here"
							}
						}]
				}]
		}]
}
