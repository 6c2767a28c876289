# The JSON of the examples holds every project of the five seed documents (36, counting the
# empty 南通 table) and the department table, with their funds totals as printed, exactly.
=== run
cd "$ROOT" && jxc build -f json $(ls -d examples/*.jx examples/*/ | grep -v /evaluation/) 2>/dev/null | python3 -c '
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
projects 49 {'examples/chongqing/rongchang-forestry-2022.jx': 1, 'examples/guangdong/dongguan-2019.jx': 1, 'examples/hubei/qingshan-2020-infrastructure.jx': 1, 'examples/hubei/qingshan-2020-schools.jx': 1, 'examples/hunan/nanyue-2018-dividends.jx': 1, 'examples/hunan/nanyue-2018-tourism.jx': 1, 'examples/hunan/xiangtan-2023.jx': 1, 'examples/hunan/yueyang-county-2022.jx': 1, 'examples/jiangsu-2025.jx': 4, 'examples/nantong-2025.jx': 18, 'examples/neimenggu/wuchuan-2021.jx': 1, 'examples/ningxia/yuanzhou-2022.jx': 1, 'examples/shaanxi/qingjian-2021.jx': 1, 'examples/shanghai-2025.jx': 11, 'examples/sichuan/jingyan-mata-2023.jx': 2, 'examples/songjiang-2025.jx': 3}
departments [('江苏省医学会', 2026, '江苏省级部门整体'), ('浮梁县林业局', 2026, '通用部门整体')]
indicators 748
2022 古昌镇大青冈村乡村振兴绿化美化项目 153.5184 万元 3
2019 镇际联网路升级改造工程一期 919.00 万元 5
2020 教育系统基础设施建设和设备购置 10000 万元 7
2020 农村义务教育薄弱学校改造补助资金 16 万元 9
2018 2018年南岳镇资产收益扶贫项目 214.06 万元 11
2018 2018年市级专项扶贫资金基础设施(人大代表扶贫基地) 10 万元 16
2023 雾炮车降尘抑尘服务 250 万元 7
2022 岳阳县2022年高标准农田建设项目 854 万元 12
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
2021 大青山乡沙湾子少数民族聚居村养殖场基础设施建设项目 50 万元 11
2022 原州区2022年南部水源涵养林建设项目 6070.00 万元 11
2021 2021年交通局寨山石坪、鲍家沟果园路 500 万元 5
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
2023 村组干部报酬 3309840.00 元 8
2023 基层组织活动经费 660000.00 元 5
2025 业务培训 2550000.00 元 10
2025 辅助业务管理与支持 1600000.00 元 19
2025 编外人员工作经费 267331.00 元 4
2026 江苏省医学会 5970 万元 66
2026 浮梁县林业局 None 万元 13
