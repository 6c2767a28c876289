# False positives found by transcribing real tables into examples/ (each reduced to what it
# needs), and their fixes:
# - the template's hint in a 二级 cell is not only "(必填)": the 宁夏 form prints
#   "数量指标 (必填硬性指标)" and "经济效益 指标 (选填)" (examples/ningxia/yuanzhou-2022.jx). Any
#   bracketed note starting with 必填 or 选填 at the end, with the blanks before it, is the hint
#   (W0707), not an unknown category (E0306); a blank inside a category's name is the cell's
#   line break (经济效益 指标 is 经济效益指标);
# - 时效 targets are written 2023年底 (the end of 2023), 2022年底前, 2021年11月底: a date (the
#   last or first month named), not a measure of the unknown unit 年底 (E0307); W0604 compares
#   it with the project's period;
# - the header labels 主管部门及代码 (宁夏), 项目负责人及电话 (湖南: 岳阳县, 南岳区) and 单位名称
#   (四川: 井研县马踏镇) are the generic form's 主管部门, 项目负责人 and 实施单位, and 申报单位,
#   具体实施单位 and 项目年度目标 (重庆: 荣昌区) its 主管部门, 实施单位 and 年度目标 (the last was a
#   missing required 年度目标, E0303), not other fields (W0323, N0322);
# - the budget system's mark of a required cell before a label (浮梁县: *部门职能职责概述,
#   *年度绩效总目标) is no part of it: the label is the form's field or alias it names (not
#   W0323 or N0322); a label that names none keeps its mark (*联系人, kept as text);
# - units typed in Latin letters or signs (2km, 清涧县; 50cm, 500kg, 20㎡, 300m³, 立方米) are the
#   units they stand for, not unknown units (E0307).
=== file: hints.jx
项目 水源涵养林 {
    表式 通用项目
    年度 2022
    年度目标 "营造林"
    资金 {
        财政拨款 60
    }
    指标 {
        产出指标 {
            "数量指标 (必填硬性指标)" {
                营造林面积 ≥8万亩
            }
            质量指标（必填） {
                苗木成活率 ≥85%
            }
            时效指标 {
                完成及时率 =100%
            }
        }
        效益指标 {
            "经济效益 指标 (选填)" {
                带动农户增收 ≥10万元
            }
        }
        满意度指标 {
            服务对象满意度指标 {
                农户满意度 ≥90%
            }
        }
    }
}
=== file: hints-twin.jx
项目 水源涵养林 {
    表式 通用项目
    年度 2022
    年度目标 "营造林"
    资金 {
        财政拨款 60
    }
    指标 {
        产出指标 {
            数量指标 {
                营造林面积 ≥8万亩
            }
            质量指标 {
                苗木成活率 ≥85%
            }
            时效指标 {
                完成及时率 =100%
            }
        }
        效益指标 {
            经济效益指标 {
                带动农户增收 ≥10万元
            }
        }
        满意度指标 {
            服务对象满意度指标 {
                农户满意度 ≥90%
            }
        }
    }
}
=== file: year-end.jx
项目 水源涵养林 {
    表式 通用项目
    年度 2022
    年度目标 "营造林"
    项目期 2022年3月-2023年11月
    资金 {
        财政拨款 60
    }
    指标 {
        产出指标 {
            数量指标 {
                营造林面积 ≥8万亩
            }
            质量指标 {
                苗木成活率 ≥85%
            }
            时效指标 {
                项目完成时间 2023年底
            }
        }
        效益指标 {
            生态效益指标 {
                森林覆盖率提高 ≥1%
            }
        }
        满意度指标 {
            服务对象满意度指标 {
                农户满意度 ≥90%
            }
        }
    }
}
=== file: year-end-twin.jx (escaped)
项目 水源涵养林 {\n    表式 通用项目\n    年度 2022\n    年度目标 "营造林"\n    项目期 2022年3月-2023年11月\n    资金 {\n        财政拨款 60\n    }\n    指标 {\n        产出指标 {\n            数量指标 {\n                营造林面积 ≥8万亩\n            }\n            质量指标 {\n                苗木成活率 ≥85%\n            }\n            时效指标 {\n                项目完成时间 2023年11月底\n                苗木栽植时间 2022年底前\n                抚育开始时间 2023年初\n            }\n        }\n        效益指标 {\n            生态效益指标 {\n                森林覆盖率提高 ≥1%\n            }\n        }\n        满意度指标 {\n            服务对象满意度指标 {\n                农户满意度 ≥90%\n            }\n        }\n    }\n}\n
=== file: header.jx
项目 农田建设 {
    表式 通用项目
    年度 2022
    主管部门及代码 某县自然资源局
    项目负责人及电话 郭铁梅18932106863
    单位名称 "820001-某镇人民政府"
    年度目标 "建设高标准农田"
    资金 {
        财政拨款 60
    }
}
=== file: units.jx
项目 果园路 {
    表式 通用项目
    年度 2021
    年度目标 "新建水泥路"
    资金 {
        财政拨款 500
    }
    指标 {
        产出指标 {
            数量指标 {
                新建水泥路     2km
                边沟宽度       ≥50cm
                路面面积       ≥8000㎡
                土方量         ≤300m³
                砂石用量       ≤1200立方米
                标尺宽度       ≥50厘米
                沥青用量       ≤500kg
                绿化面积       ≥200m²
                排水井容积     ≥2㎥
            }
            质量指标 {
                验收合格率 =100%
            }
            时效指标 {
                完成及时率 =100%
            }
        }
        效益指标 {
            社会效益指标 {
                受益人口 ≥1000人
            }
        }
        满意度指标 {
            服务对象满意度指标 {
                群众满意度 ≥90%
            }
        }
    }
}
=== file: star.jx
部门 某县林业局 {
    表式 通用部门整体
    年度 2026
    "*部门职能职责概述" "保障林业局职能实现"
    "*年度绩效总目标" "保障人员经费"
    "＊联系电话" 13879821572
    "*联系人" 王媛
}
=== file: header2.jx
项目 绿化美化项目 {
    表式 通用项目
    年度 2022
    申报单位 区林业局
    具体实施单位 区林业局
    项目年度目标 "公路沿线绿化美化"
    资金 {
        市级资金 153.5184
    }
}
=== run
jxc build -f json -A W0701 -A W0705 star.jx | python3 -c '
import json, sys
for p in json.load(sys.stdin)["departments"]:
    print(p["fields"])'
=== stdout
{'主要职能': '保障林业局职能实现', '年度目标': '保障人员经费', '联系电话': '13879821572', '*联系人': '王媛'}
=== stderr
star.jx:7:5: note[N0322]: 表式 '通用部门整体' 没有这些字段，按文字保留：*联系人
  |
7 |     "*联系人" 王媛
  |     ^^^^^^^^^
1 个提示
=== run
jxc check --lang=en -A W0701 -A W0705 star.jx
=== stderr
star.jx:7:5: note[N0322]: form '通用部门整体' has no such fields; they are kept as text: *联系人
  |
7 |     "*联系人" 王媛
  |     ^^^^^^^^^
1 note
=== run
jxc check --lang=en -A W0701 units.jx
=== run
jxc build -f json -A W0701 units.jx | python3 -c '
import json, sys
for i in json.load(sys.stdin)["projects"][0]["indicators"][:9]:
    print(i["full"]["text"], i["full"]["unit"], i["full"]["dimension"])'
=== stdout
2km km 长度
≥50cm cm 长度
≥8000㎡ ㎡ 面积
≤300m³ m³ 体积
≤1200立方米 立方米 体积
≥50厘米 厘米 长度
≤500kg kg 重量
≥200m² m² 面积
≥2㎥ ㎥ 体积
=== run
jxc check --lang=en -A W0701 hints.jx
=== stderr
hints.jx:10:13: warning[W0707]: category '数量指标 (必填硬性指标)' still carries the template's hint ' (必填硬性指标)'
   |
10 |             "数量指标 (必填硬性指标)" {
   |             ^^^^^^^^^^^^^^^^^^^^^^^^^
   = help: leave out ' (必填硬性指标)': it is the blank form's hint, not part of the name
hints.jx:13:13: warning[W0707]: category '质量指标（必填）' still carries the template's hint '（必填）'
   |
13 |             质量指标（必填） {
   |             ^^^^^^^^^^^^^^^^
   = help: leave out '（必填）': it is the blank form's hint, not part of the name
hints.jx:21:13: warning[W0707]: category '经济效益 指标 (选填)' still carries the template's hint ' (选填)'
   |
21 |             "经济效益 指标 (选填)" {
   |             ^^^^^^^^^^^^^^^^^^^^^^
   = help: leave out ' (选填)': it is the blank form's hint, not part of the name
3 warnings
=== run
jxc check --lang=en -A W0701 hints-twin.jx
=== run
jxc check --lang=en -A W0701 year-end.jx
=== stderr
year-end.jx:18:24: warning[W0604]: timeliness indicator '项目完成时间': the target 2023年底 is after the project's period ends (2023年11月)
   |
18 |                 项目完成时间 2023年底
   |                              ^^^^^^^^
1 warning
=== run
jxc check --lang=en -A W0701 year-end-twin.jx
=== run
jxc build -f json -A W0701 -A W0712 header2.jx | python3 -c '
import json, sys
for p in json.load(sys.stdin)["projects"]:
    print(p["fields"])'
=== stdout
{'主管部门': '区林业局', '实施单位': '区林业局', '年度目标': '公路沿线绿化美化'}
=== run
jxc check --lang=en -A W0701 -A W0712 header2.jx
=== run
jxc build -f json -A W0701 -A W0712 header.jx | python3 -c '
import json, sys
for p in json.load(sys.stdin)["projects"]:
    print(p["fields"])'
=== stdout
{'主管部门': '某县自然资源局', '实施单位': '820001-某镇人民政府', '项目负责人': '郭铁梅18932106863', '年度目标': '建设高标准农田'}
=== run
jxc check --lang=en -A W0701 -A W0712 header.jx
