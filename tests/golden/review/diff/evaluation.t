# jxc diff of two versions holding target tables and evaluations: the 自评 matched by year and
# project, each changed actual with its score old → new, the 预算执行率 and the total with its grade;
# a 监控 by its date, with its lights; an evaluation added. Only the evaluations changed, so no
# "no differences" line of the tables above them; exit 1 as for any difference. The JSON output
# holds them as "evaluations" (absent when none changed). A version in which only the scores the
# evaluator printed moved (得分 11 → 12, 总分 88 → 90: what jx computes stays) differs, and says
# so. An evaluation file given alone, without its targets, cannot be compiled: the error says to
# compare the folders.
=== file: old/targets.jx
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
=== file: old/eval.jx
自评 2025 {
    项目 培训项目 {
        全年预算数 90
        全年执行数 85
        指标 {
            培训人次 120人次
            合格率 93%
            完成及时率 100%
            项目总成本 85万元
            群众知晓率 70% 分值 15 偏差原因 "宣传启动较晚" 改进措施 "提前开展宣传"
            社会影响 效果一般 分值 15 得分 11
            学员满意度 96%
        }
        总分 88
    }
}
监控 2025-07-31 {
    项目 培训项目 {
        执行数 40
        偏差原因 "设备采购款九月支付"
        指标 {
            培训人次 30人次 全年预计 100人次 完成可能性 确定能 偏差原因 "培训集中在第四季度"
            合格率 96%
        }
    }
}
=== file: new/targets.jx
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
=== file: new/eval.jx
自评 2025 {
    项目 培训项目 {
        全年预算数 90
        全年执行数 88
        指标 {
            培训人次 120人次
            合格率 96%
            完成及时率 100%
            项目总成本 85万元
            群众知晓率 70% 分值 15 偏差原因 "宣传启动较晚" 改进措施 "提前开展宣传"
            社会影响 效果一般 分值 15 得分 11
            学员满意度 96%
        }
        总分 88
    }
}
监控 2025-07-31 {
    项目 培训项目 {
        执行数 50
        偏差原因 "设备采购款九月支付"
        指标 {
            培训人次 45人次 全年预计 100人次 完成可能性 确定能 偏差原因 "培训集中在第四季度"
            合格率 96%
        }
    }
}

监控 2025-10-31 {
    项目 培训项目 {
        执行数 80
    }
}
=== run
jxc diff old new
=== stdout
~ 自评 2025 · 培训项目
    合格率: 实际 93% → 96%, 得分 ≈12.24 → 12.5
    预算执行率: 执行数 85 → 88, 得分 ≈9.44 → ≈9.78
    总分 93.31 → 93.90 (优 → 优)
~ 监控 2025-07-31 · 培训项目
    培训人次: 实际 30人次 → 45人次, 红灯 → 黄灯
    预算执行率: 执行数 40 → 50, 黄灯 → 绿灯
+ 监控 2025-10-31 · 培训项目
=== exit
1
=== run
jxc diff --lang=en -f markdown old new
=== stdout
- ~ 自评 2025 · 培训项目
      合格率: actual 93% → 96%, score ≈12.24 → 12.5
      预算执行率: spent 85 → 88, score ≈9.44 → ≈9.78
      total 93.31 → 93.90 (优 → 优)
- ~ 监控 2025-07-31 · 培训项目
      培训人次: actual 30人次 → 45人次, red → yellow
      预算执行率: spent 40 → 50, yellow → green
- + 监控 2025-10-31 · 培训项目
=== exit
1
=== run
jxc diff -f json old new | python3 -c "import json,sys; d=json.load(sys.stdin); print(d['differences'], json.dumps(d['evaluations'], ensure_ascii=False, indent=1))"
=== stdout
True [
 {
  "evaluation": "自评 2025",
  "kind": "self-evaluation",
  "name": "培训项目",
  "unit": null,
  "change": "changed",
  "indicators": [
   {
    "path": [
     "产出指标",
     "质量指标",
     "合格率"
    ],
    "old_actual": "93%",
    "new_actual": "96%",
    "old_score": 12.24,
    "new_score": 12.5,
    "old_stated": null,
    "new_stated": null
   }
  ],
  "old_spent": 85,
  "new_spent": 88,
  "old_total": 93.31,
  "new_total": 93.9,
  "old_grade": "优",
  "new_grade": "优",
  "old_budget_stated": null,
  "new_budget_stated": null,
  "old_total_stated": 88,
  "new_total_stated": 88,
  "old_grade_stated": null,
  "new_grade_stated": null
 },
 {
  "evaluation": "监控 2025-07-31",
  "kind": "monitoring",
  "name": "培训项目",
  "unit": null,
  "change": "changed",
  "indicators": [
   {
    "path": [
     "产出指标",
     "数量指标",
     "培训人次"
    ],
    "old_actual": "30人次",
    "new_actual": "45人次",
    "old_light": "red",
    "new_light": "yellow"
   }
  ],
  "old_spent": 40,
  "new_spent": 50,
  "old_light": "yellow",
  "new_light": "green"
 },
 {
  "evaluation": "监控 2025-10-31",
  "kind": "monitoring",
  "name": "培训项目",
  "unit": null,
  "change": "added"
 }
]
=== run
jxc diff old old
=== stdout
没有差异。
=== run
mkdir -p printed && cp old/targets.jx printed/ && sed -e 's/得分 11/得分 12/' -e 's/总分 88/总分 90/' old/eval.jx > printed/eval.jx
jxc diff --lang=en old printed
=== stdout
~ 自评 2025 · 培训项目
    社会影响: actual 效果一般 → 效果一般, score 11 → 12, score as printed 11 → 12
    total as printed 88 → 90
    total 93.31 → 94.31 (优 → 优)
=== exit
1
=== run
jxc diff --lang=en old/eval.jx new/eval.jx
=== stderr
old/eval.jx:2:8: error[E0801]: 自评 2025: no target table is called '培训项目'
  |
2 |     项目 培训项目 {
  |          ^^^^^^^^
  = note: compile the target tables with the evaluation: jxc score targets.jx evaluation.jx
old/eval.jx:18:8: error[E0801]: 监控 2025: no target table is called '培训项目'
   |
18 |     项目 培训项目 {
   |          ^^^^^^^^
   = note: compile the target tables with the evaluation: jxc score targets.jx evaluation.jx
2 errors
new/eval.jx:2:8: error[E0801]: 自评 2025: no target table is called '培训项目'
  |
2 |     项目 培训项目 {
  |          ^^^^^^^^
  = note: compile the target tables with the evaluation: jxc score targets.jx evaluation.jx
new/eval.jx:18:8: error[E0801]: 监控 2025: no target table is called '培训项目'
   |
18 |     项目 培训项目 {
   |          ^^^^^^^^
   = note: compile the target tables with the evaluation: jxc score targets.jx evaluation.jx
new/eval.jx:29:8: error[E0801]: 监控 2025: no target table is called '培训项目'
   |
29 |     项目 培训项目 {
   |          ^^^^^^^^
   = note: compile the target tables with the evaluation: jxc score targets.jx evaluation.jx
3 errors
jxc diff: both versions have errors; cannot compare
an evaluation is compared with its target tables: compare the two versions' folders, as in jxc diff old/ new/
=== exit
2
