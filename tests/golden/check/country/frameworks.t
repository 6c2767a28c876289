# 通用项目 checks a table against the framework its categories fit: 财预〔2021〕101号 (成本指标 a
# 一级), 财预〔2020〕10号 (成本指标 under 产出指标) or the older template (满意度 under 效益指标),
# with the category names the regions print (社会效益 for 社会效益指标); the JSON says which. The
# framework checks run on every variant (W0702 here). A table that mixes two frameworks gets a
# note (N0708), not errors; a category that carries the template's "(必填)" gets W0707.
=== file: f2020.jx
项目 道路养护 {
    表式 通用项目
    年度 2020
    年度目标 "养护道路"
    资金 {
        财政拨款 50
    }
    指标 {
        产出 {
            数量 {
                养护里程 ≥20公里
            }
            质量 {
                合格率 ≥95%
            }
            时效 {
                完成及时率 =100%
            }
            成本 {
                养护成本 ≤50万元
            }
        }
        效益 {
            社会效益 {
                群众出行满意度提升 ≥5%
            }
        }
        满意度 {
            服务对象满意度 {
                群众满意度 ≥90%
            }
        }
    }
}
=== file: f2015.jx
项目 道路养护 {
    表式 通用项目
    年度 2017
    年度目标 "养护道路"
    资金 {
        财政拨款 50
    }
    指标 {
        产出指标 {
            数量指标 {
                养护里程 ≥20公里
            }
            质量指标 {
                合格率 ≥95%
            }
            时效指标 {
                完成及时率 =100%
            }
        }
        效益指标 {
            社会效益指标 {
                通行能力 明显提升
            }
            社会公众或服务对象满意度指标 {
                群众满意度 ≥90%
            }
        }
    }
}
=== file: mixed.jx
项目 道路养护 {
    表式 通用项目
    年度 2022
    年度目标 "养护道路"
    资金 {
        财政拨款 50
    }
    指标 {
        产出指标 {
            数量指标 {
                养护里程 ≥20公里
            }
            "质量指标(必填)" {
                合格率 ≥95%
            }
            时效指标 {
                完成及时率 =100%
            }
            成本指标 {
                养护成本 ≤50万元
            }
        }
        成本指标 {
            经济成本指标 {
                单位里程成本 ≤2.5万元/公里
            }
        }
        满意度指标 {
            服务对象满意度指标 {
                群众满意度 ≥90%
            }
        }
    }
}
=== file: f2020-no-cost.jx
项目 道路养护 {
    表式 通用项目
    年度 2020
    年度目标 "养护道路"
    资金 {
        财政拨款 50
    }
    指标 {
        产出指标 {
            数量指标 {
                养护里程 ≥20公里
            }
            质量指标 {
                合格率 ≥95%
            }
            时效指标 {
                完成及时率 =100%
            }
        }
        效益指标 {
            社会效益指标 {
                通行能力 明显提升
            }
        }
        满意度指标 {
            服务对象满意度指标 {
                群众满意度 ≥90%
            }
        }
    }
}
=== run
jxc --lang=en check f2020.jx f2015.jx
=== run
jxc --lang=en check f2020-no-cost.jx
=== stderr
f2020-no-cost.jx:8:5: warning[W0701]: '道路养护' has no indicator under 成本指标
  |
8 |     指标 {
  |     ^^^^
1 warning
=== run
jxc build -f json f2020.jx f2015.jx | python3 -c '
import json, sys
for p in json.load(sys.stdin)["projects"]:
    print(p["year"], p["framework"], [i["path"][:2] for i in p["indicators"]])'
=== stdout
2020 财预〔2020〕10号 [['产出指标', '数量指标'], ['产出指标', '质量指标'], ['产出指标', '时效指标'], ['产出指标', '成本指标'], ['效益指标', '社会效益指标'], ['满意度指标', '服务对象满意度指标']]
2017 财预〔2015〕88号 [['产出指标', '数量指标'], ['产出指标', '质量指标'], ['产出指标', '时效指标'], ['效益指标', '社会效益指标'], ['效益指标', '社会公众或服务对象满意度指标']]
=== run
jxc --lang=en check mixed.jx
=== stderr
mixed.jx:8:5: warning[W0701]: '道路养护' has no indicator under 效益指标
  |
8 |     指标 {
  |     ^^^^
mixed.jx:13:13: warning[W0707]: category '质量指标(必填)' still carries the template's hint '(必填)'
   |
13 |             "质量指标(必填)" {
   |             ^^^^^^^^^^^^^^^^
   = help: leave out '(必填)': it is the blank form's hint, not part of the name
mixed.jx:19:13: note[N0708]: '道路养护' mixes two frameworks: 财预〔2021〕101号, and 成本指标 of 财预〔2020〕10号
   |
19 |             成本指标 {
   |             ^^^^^^^^
2 warnings, 1 note
