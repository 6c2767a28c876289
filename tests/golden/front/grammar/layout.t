# The statement rules: ';' separates statements on one line, a '}' ends its statement, a
# '{' may open on the next line, blank lines and comments go anywhere, a keyword is a plain
# name where a name is expected (an indicator called 资金, a category called 全年目标), and a
# lone value after 全年 is the 全年 column.
=== file: t.jx
# 文件开头的注释
默认 { 表式 江苏省级项目; 年度 2025; 主管部门 x; 实施单位 y; 项目级次 省本级 }   # 行尾注释

项目 布局
{
    项目类型 常年安排项目;  开始时间 2025年;  完成时间 2025年
    年度目标 """
        一是……

        二是……
        """

    # 块前的注释
    资金 { 一般公共预算资金 90 } 支出 { 业务费 全年 90 }
    指标 {
        产出指标 {
            数量指标 { 资金 全年 ≥1项; 指标 ≥2项 } 质量指标 { 全年目标 全年 =100% }
            时效指标 {
                及时率 =100%    # 单值：全年列
            }
            成本指标 { 项目总成本 ≤总成本预算数 }
        }
        效益指标 { 社会效益 { 影响 半年 提升 全年 提升 } }
        满意度指标 { 服务对象满意度 { 满意度 ≥90% } }
    }
}
=== run
jxc build -f json t.jx 2>&1 | python3 -c '
import json, sys
p = json.load(sys.stdin)["projects"][0]
print(p["name"], p["fields"])
print(p["funds"]["total"], p["expenses"])
for i in p["indicators"]:
    print(" › ".join(i["path"]), (i["half"] or {}).get("text"), (i["full"] or {}).get("text"))'
=== stdout
布局 {'项目类型': '常年安排项目', '主管部门': 'x', '实施单位': 'y', '项目级次': '省本级', '开始时间': '2025年', '完成时间': '2025年', '年度目标': '一是……\n\n二是……'}
90 [{'name': '业务费', 'half': None, 'full': 90, 'children': []}]
产出指标 › 数量指标 › 资金 None ≥1项
产出指标 › 数量指标 › 指标 None ≥2项
产出指标 › 质量指标 › 全年目标 None =100%
产出指标 › 时效指标 › 及时率 None =100%
产出指标 › 成本指标 › 项目总成本 None ≤总成本预算数
效益指标 › 社会效益 › 影响 提升 提升
满意度指标 › 服务对象满意度 › 满意度 None ≥90%
