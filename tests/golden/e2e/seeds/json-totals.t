# The JSON of the examples holds every project of the five seed documents (36, counting the
# empty 南通 table) and the department table, with their funds totals as printed, exactly.
=== run
cd "$ROOT" && jxc build -f json examples/*.jx 2>/dev/null | python3 -c '
import json, sys, decimal, collections
doc = json.load(sys.stdin, parse_float=decimal.Decimal)
by_file = collections.Counter(p["source"]["file"] for p in doc["projects"])
print("projects", len(doc["projects"]), dict(sorted(by_file.items())))
print("departments", [(d["name"], d["year"], d["form"]) for d in doc["departments"]])
print("indicators", sum(len(p["indicators"]) for p in doc["projects"] + doc["departments"]))
for p in doc["projects"] + doc["departments"]:
    f = p["funds"]
    print(p["year"], p["name"], f["total"], p["money_unit"], len(p["indicators"]))
'
=== stdout
projects 36 {'examples/jiangsu-2025.jx': 4, 'examples/nantong-2025.jx': 18, 'examples/shanghai-2025.jx': 11, 'examples/songjiang-2025.jx': 3}
departments [('江苏省医学会', 2026, '江苏省级部门整体')]
indicators 625
2025 医疗事故技术鉴定 90 万元 24
2025 卫生健康发展专项资金 153 万元 31
2025 学会业务活动 4156.84 万元 38
2025 信息化及网络运行维护 64.65 万元 22
2025 医保基金监督检查经费 72 万元 17
2025 医保租赁业务专项 30 万元 16
2025 医疗保障能力提升经费 69.1 万元 16
2025 网络设备设施运行与维护费 409 万元 15
2025 医疗保障业务专家评审 3 万元 15
2025 办公设备购置 1.6 万元 16
2025 医保稽核检查专项 11 万元 17
2025 医药价格监测和招标采购 23 万元 14
2025 医疗保障管理费 26 万元 13
2025 网络设备设施租赁费 7.44 万元 16
2025 医保业务经办专项 30 万元 15
2025 医疗保障政策制定稳评 5 万元 16
2025 医疗保障能力提升项目 9.8 万元 16
2025 委托业务费 140.65 万元 16
2025 网络设备设施运行与维护费 65.75 万元 16
2025 医疗服务与保障能力提升中央补助资金 None 万元 0
2025 医保印刷费 7.5 万元 15
2025 长期照护保险工作经费 10 万元 13
2025 2025 年图书馆专项经费 670000.00 元 9
2025 援摩洛哥中国医疗队派遣 50 周年系列纪念活动 5000000.00 元 14
2025 2025 年专科医师规范化培训（培训管理及考核） 5051800.00 元 22
2025 2025 年办公自动化系统运维 137082.56 元 11
2025 2025 年专科医师规范化培训（人员经费） 5652000.00 元 12
2025 2025 年住院医师规范化培训(工作经费) 8200000.00 元 17
2025 2025 年公卫医师规范化培训(工作经费) 800000.00 元 17
2025 2025 年援外工作专项经费 2878125.00 元 7
2025 2025 年医疗事故技术鉴定专项 2300000.00 元 16
2025 北京西路 1623-1647 号办公楼优秀历史建筑综合修缮工程 14288179.68 元 7
2025 2025 年上海市医师定期考核专项经费 162600.00 元 17
2025 业务培训 2550000.00 元 10
2025 辅助业务管理与支持 1600000.00 元 19
2025 编外人员工作经费 267331.00 元 4
2026 江苏省医学会 5970 万元 66
