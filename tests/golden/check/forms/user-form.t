# A form declared in a user file (a region the standard library does not have, with its own
# fields, funding sources, framework and common group) compiles a table written on it, and
# checks it: the second table breaks the form's rules and gets the form's own diagnostics.
=== file: form.jx
单位 计数 {
    批次
}
等级 良好 > 一般 > 较差

表式 浙江省级项目 {
    标题 "浙江省省级项目支出绩效目标表"
    对象 项目
    金额单位 万元
    半年 否
    总额 项目总金额
    开始 起始年度
    完成 截止年度
    目标 总体目标 年度目标
    参照 项目总金额
    共性指标 浙江共性
    字段 {
        主管部门 文本 必填
        项目属性 选项 新增项目 延续项目 必填
        起始年度 年份 必填
        截止年度 年份 必填
        总体目标 文本
        年度目标 文本 必填
    }
    资金来源 {
        省级财政资金
        单位自有资金
    }
    指标框架 {
        产出指标 {
            数量指标 必填
            质量指标
        }
        效益指标 {
            社会效益指标
        }
        满意度指标 {
            服务对象满意度指标 必填
        }
    }
}

指标组 浙江共性 {
    产出指标 {
        质量指标 {
            资金使用合规性 合规
        }
    }
}
=== file: tables.jx
导入 "form.jx"

默认 {
    表式 浙江省级项目
    年度 2025
    主管部门 浙江省卫生健康委员会
}

项目 基层培训 {
    项目属性 延续项目
    起始年度 2024年
    截止年度 2026年
    年度目标 "培训基层医生"
    资金 {
        项目总金额 120
        省级财政资金 100
        单位自有资金 20
    }
    指标 {
        引用 浙江共性
        产出指标 {
            数量指标 {
                培训批次 ≥6批次
            }
        }
        效益指标 {
            社会效益指标 {
                基层服务能力 良好
            }
        }
        满意度指标 {
            服务对象满意度指标 {
                学员满意度 ≥90%
            }
        }
    }
}
=== file: broken.jx
导入 "form.jx"

项目 基层培训二期 {
    表式 浙江省级项目
    年度 2025
    主管部门 浙江省卫生健康委员会
    项目属性 新建项目
    起始年度 2025年
    截止年度 2025年
    年度目标 "培训基层医生"
    资金 {
        项目总金额 120
        省级财政资金 100
        中央资金 30
    }
    指标 {
        产出指标 {
            数量指标 {
                培训批次 ≥6批次
            }
            时效指标 {
                完成及时性 及时
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
jxc check --lang=en tables.jx && jxc build -f json tables.jx | python3 -c '
import json, sys
p = json.load(sys.stdin)["projects"][0]
print(p["form"], p["funds"]["total"], [s["name"] for s in p["funds"]["sources"]])
print([i["path"] for i in p["indicators"]])
print(p["fields"])'
echo "--- a table that breaks the form's rules:"
jxc check --lang=en broken.jx 2>&1
=== stdout
浙江省级项目 120 ['省级财政资金', '单位自有资金']
[['产出指标', '数量指标', '培训批次'], ['产出指标', '质量指标', '资金使用合规性'], ['效益指标', '社会效益指标', '基层服务能力'], ['满意度指标', '服务对象满意度指标', '学员满意度']]
{'主管部门': '浙江省卫生健康委员会', '项目属性': '延续项目', '起始年度': '2024年', '截止年度': '2026年', '年度目标': '培训基层医生'}
--- a table that breaks the form's rules:
broken.jx:7:10: error[E0410]: field '项目属性' expects 选项, found '新建项目'
  |
7 |     项目属性 新建项目
  |              ^^^^^^^^
  = note: '项目属性' may be one of: 新增项目、延续项目
  = help: did you mean '新增项目'?
broken.jx:12:15: error[E0501]: 项目总金额 is 120, but the sources add up to 130 (省级财政资金 100 + 中央资金 30): a difference of -10
   |
12 |         项目总金额 120
   |                    ^^^
broken.jx:14:9: error[E0510]: form '浙江省级项目' has no funding source '中央资金'
   |
14 |         中央资金 30
   |         ^^^^^^^^
   = help: expected one of: 省级财政资金、单位自有资金、项目总金额
broken.jx:16:5: warning[W0701]: '基层培训二期' has no indicator under 效益指标
   |
16 |     指标 {
   |     ^^^^
broken.jx:21:13: error[E0306]: 一级 category '产出指标' has no 二级 category '时效指标' (form '浙江省级项目')
   |
21 |             时效指标 {
   |             ^^^^^^^^
   = help: expected one of: 数量指标、质量指标
4 errors, 1 warning
=== exit
1
