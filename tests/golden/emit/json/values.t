# Every kind of value, typed: measures (with multipliers, units after the number or in
# parentheses, compound units, a multiplier inside parentheses, 千克 read as one unit), a
# labelled measure, ranges, references resolved to the project's funds, levels (one standing
# for a rate), text, and a note after a value.
=== file: t.jx
单位 重量 {
    千克
}

项目 取值 {
    表式 通用项目
    年度 2025
    主管部门 某某局
    年度目标 "演示"
    资金 {
        资金总额 90
        财政拨款 80
        其他资金 10
    }
    指标 {
        产出指标 {
            数量指标 {
                百分比 ≥90%
                全角 ＝100％
                千分比 ≤5‰
                台数 =3台
                人次 ≥60000.00(人次)
                短信 ≥620000万条
                单价 <6.00(元/人次)
                补助 =2.70(万元/人/年)
                重量 ≤5千克
                收录 被收录数≥1个
                区间 80%~90%
                全角区间 1万元～2万元
                至区间 3至5台
                不等 ≠0起
            }
            质量指标 {
                进度 序时进度
                评价 较好
                说明 "超清规格且专业团队现场拍摄"
                期限 ≤2025-06-30
                带注 ≥95% "按季度统计"
            }
            时效指标 {
                及时 按时完成
            }
        }
        成本指标 {
            经济成本指标 {
                总成本 ≤总成本预算数
                上限 ≤资金总额
                预算 ≤3万元
            }
        }
    }
}
=== run
jxc build -f json t.jx | python3 -c '
import json, sys
p = json.load(sys.stdin)["projects"][0]
for ind in p["indicators"]:
    v = dict(ind["full"])
    name = ind["path"][-1]
    text = v.pop("text"); kind = v.pop("kind")
    print(name, text, kind, json.dumps(v, ensure_ascii=False, sort_keys=True), "note=" + str(ind["note"]))'
=== stdout
百分比 ≥90% measure {"dimension": "比率", "multiplier": 1, "number": 90, "op": ">=", "unit": "%"} note=None
全角 ＝100％ measure {"dimension": "比率", "multiplier": 1, "number": 100, "op": "=", "unit": "％"} note=None
千分比 ≤5‰ measure {"dimension": "比率", "multiplier": 1, "number": 5, "op": "<=", "unit": "‰"} note=None
台数 =3台 measure {"dimension": "计数", "multiplier": 1, "number": 3, "op": "=", "unit": "台"} note=None
人次 ≥60000.00(人次) measure {"dimension": "计数", "multiplier": 1, "number": 60000.0, "op": ">=", "unit": "人次"} note=None
短信 ≥620000万条 measure {"dimension": "计数", "multiplier": 10000, "number": 620000, "op": ">=", "unit": "条"} note=None
单价 <6.00(元/人次) measure {"dimension": "货币/计数", "multiplier": 1, "number": 6.0, "op": "<", "unit": "元/人次"} note=None
补助 =2.70(万元/人/年) measure {"dimension": "货币/计数/时长", "multiplier": 10000, "number": 2.7, "op": "=", "unit": "元/人/年"} note=None
重量 ≤5千克 measure {"dimension": "重量", "multiplier": 1, "number": 5, "op": "<=", "unit": "千克"} note=None
收录 被收录数≥1个 measure {"dimension": "计数", "label": "被收录数", "multiplier": 1, "number": 1, "op": ">=", "unit": "个"} note=None
区间 80%~90% range {"dimension": "比率", "high": {"multiplier": 1, "number": 90, "unit": "%"}, "low": {"multiplier": 1, "number": 80, "unit": "%"}, "op": null} note=None
全角区间 1万元～2万元 range {"dimension": "货币", "high": {"multiplier": 10000, "number": 2, "unit": "元"}, "low": {"multiplier": 10000, "number": 1, "unit": "元"}, "op": null} note=None
至区间 3至5台 range {"dimension": "计数", "high": {"multiplier": 1, "number": 5, "unit": "台"}, "low": {"multiplier": 1, "number": 3, "unit": null}, "op": null} note=None
不等 ≠0起 measure {"dimension": "计数", "multiplier": 1, "number": 0, "op": "!=", "unit": "起"} note=None
进度 序时进度 level {"dimension": "比率", "level": "序时进度", "op": null} note=None
评价 较好 level {"dimension": null, "level": "较好", "op": null} note=None
说明 超清规格且专业团队现场拍摄 text {"op": null} note=None
期限 ≤2025-06-30 text {"op": "<="} note=None
带注 ≥95% measure {"dimension": "比率", "multiplier": 1, "number": 95, "op": ">=", "unit": "%"} note=按季度统计
及时 按时完成 level {"dimension": null, "level": "按时完成", "op": null} note=None
总成本 ≤总成本预算数 reference {"amount": 90, "dimension": "货币", "op": "<=", "ref": "总成本预算数"} note=None
上限 ≤资金总额 reference {"amount": 90, "dimension": "货币", "op": "<=", "ref": "资金总额"} note=None
预算 ≤3万元 measure {"dimension": "货币", "multiplier": 10000, "number": 3, "op": "<=", "unit": "元"} note=None
=== stderr
t.jx:15:5: warning[W0701]: '取值' 没有任何效益指标
   |
15 |     指标 {
   |     ^^^^
t.jx:15:5: warning[W0701]: '取值' 没有任何满意度指标
   |
15 |     指标 {
   |     ^^^^
t.jx:35:20: warning[W0704]: 产出指标 '评价' 的目标 '较好' 含糊，无法考核
   |
35 |                 评价 较好
   |                      ^^^^
   = help: 产出指标应写成可考核的数值或明确的等级，如 ≥95%、按时完成
3 个警告
