# The example of the language design's section 2, as written there: it compiles, and its JSON
# has the funds total 90, the expense 30/90, and 案件办理率 ≥90% (op >=, number 90, unit %) in
# both columns.
=== file: tour.jx
# 江苏省医学会 · 2025 年度项目预算绩效目标
默认 {
    表式 江苏省级项目
    年度 2025
    主管部门 江苏省卫生健康委员会
    实施单位 江苏省医学会
    项目级次 省本级
    金额单位 万元
}

项目 医疗事故技术鉴定 {
    项目类型 常年安排项目
    开始时间 2025年
    完成时间 2123年                  # jxc warns: 完成时间 is 98 years after 开始时间
    项目负责人 柏巍巍
    联系电话 025-83620682
    立项必要性 "根据国务院《医疗事故处理条例》和《医疗事故技术鉴定暂行办法》，……"
    年度目标 """
        一是加强内部管理，规范、高效、高质量开展鉴定工作，……
        二是做好鉴定专家的筛选、培训、考核、动态管理，……
        """

    资金 {
        一般公共预算资金 90
        上年结转资金     0
        其他资金         0
    }
    支出 {
        医疗事故技术鉴定 半年 30 全年 90
    }

    指标 {
        引用 江苏省级项目共性指标          # the 决策/过程 rows every such table repeats
        产出指标 {
            数量指标 {
                案件办理率        半年 ≥90%  全年 ≥90%
            }
            质量指标 {
                鉴定文书合格率    ≥95%
                鉴定程序合法合规率 =100%
            }
            时效指标 {
                案件完成率        ≥90%
            }
            成本指标 {
                项目总成本        ≤总成本预算数
            }
        }
        效益指标 {
            经济效益 {
                鉴定年均收费额    半年 ≥3万元  全年 ≥8万元
            }
            社会效益 {
                推动全省医疗服务安全和质量管理 较好
            }
        }
        满意度指标 {
            服务对象满意度 {
                医患双方满意率    ≥90%
            }
        }
    }
}
=== run
jxc build -f json tour.jx > out.json && python3 - <<'PY'
import json
d = json.load(open("out.json"))
p = d["projects"][0]
print(p["name"], p["year"], p["form"], p["money_unit"])
print("funds total", p["funds"]["total"])
print("expense", [(e["name"], e["half"], e["full"]) for e in p["expenses"]])
for ind in p["indicators"]:
    if ind["path"][-1] == "案件办理率":
        for col in ("half", "full"):
            v = ind[col]
            print(col, v["text"], v["kind"], v["op"], v["number"], v["multiplier"], v["unit"], v["dimension"])
print("indicators", len(p["indicators"]))
PY
=== stdout
医疗事故技术鉴定 2025 江苏省级项目 万元
funds total 90
expense [('医疗事故技术鉴定', 30, 90)]
half ≥90% measure >= 90 1 % 比率
full ≥90% measure >= 90 1 % 比率
indicators 19
=== stderr
tour.jx:14:10: warning[W0602]: 完成时间 2123年 比 开始时间 2025年 晚 98 年（超过 10 年）
   |
14 |     完成时间 2123年                  # jxc warns: 完成时间 is 98 years after 开始时间
   |              ^^^^^^
tour.jx:13:10: note: 开始时间 在这里
   |
13 |     开始时间 2025年
   |              ------
1 个警告
