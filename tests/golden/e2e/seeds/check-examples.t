# The real-world corpus: `jxc check examples/` reports the real mistakes of the published
# tables (examples/README.md lists each one) and no error.
=== run
cd "$ROOT" && jxc check --lang=en examples/*.jx
=== stderr
examples/jiangsu-2025.jx:34:10: warning[W0602]: 完成时间 2123年 is 98 years after 开始时间 2025年 (more than 10)
   |
34 |     完成时间 2123年                  # jxc warns: 完成时间 is 98 years after 开始时间
   |              ^^^^^^
examples/jiangsu-2025.jx:33:10: note: 开始时间 is here
   |
33 |     开始时间 2025年
   |              ------
examples/jiangsu-2025.jx:50:5: note[N0706]: 年度目标 is identical to 中长期目标
   |
50 |     年度目标 """
   |     ^^^^^^^^
examples/jiangsu-2025.jx:45:5: note: 中长期目标 is here
   |
45 |     中长期目标 """
   |     ----------
examples/jiangsu-2025.jx:116:10: warning[W0602]: 完成时间 2123年 is 98 years after 开始时间 2025年 (more than 10)
    |
116 |     完成时间 2123年                  # jxc warns: 98 years after 开始时间
    |              ^^^^^^
examples/jiangsu-2025.jx:115:10: note: 开始时间 is here
    |
115 |     开始时间 2025年
    |              ------
examples/jiangsu-2025.jx:131:5: note[N0706]: 年度目标 is identical to 中长期目标
    |
131 |     年度目标 """
    |     ^^^^^^^^
examples/jiangsu-2025.jx:128:5: note: 中长期目标 is here
    |
128 |     中长期目标 """
    |     ----------
examples/jiangsu-2025.jx:204:10: warning[W0602]: 完成时间 2123年 is 98 years after 开始时间 2025年 (more than 10)
    |
204 |     完成时间 2123年                  # jxc warns: 98 years after 开始时间
    |              ^^^^^^
examples/jiangsu-2025.jx:203:10: note: 开始时间 is here
    |
203 |     开始时间 2025年
    |              ------
examples/jiangsu-2025.jx:221:5: note[N0706]: 年度目标 is identical to 中长期目标
    |
221 |     年度目标 """
    |     ^^^^^^^^
examples/jiangsu-2025.jx:218:5: note: 中长期目标 is here
    |
218 |     中长期目标 """
    |     ----------
examples/jiangsu-2025.jx:314:26: warning[W0419]: cost indicator '项目总成本': the target ≤100% is no amount of money (比率)
    |
314 |                 项目总成本 半年 ≤100% 全年 ≤1%
    |                                 ^^^^^
examples/jiangsu-2025.jx:345:10: warning[W0602]: 完成时间 2122年 is 98 years after 开始时间 2024年 (more than 10)
    |
345 |     完成时间 2122年                  # jxc warns: 98 years after 开始时间
    |              ^^^^^^
examples/jiangsu-2025.jx:344:10: note: 开始时间 is here
    |
344 |     开始时间 2024年
    |              ------
examples/jiangsu-2025.jx:372:5: warning[W0702]: '信息化及网络运行维护' has no indicator under 产出指标 › 成本指标
    |
372 |     指标 {
    |     ^^^^
examples/jiangsu-2025.jx:437:17: warning[W0710]: the 三级 indicator '服务对象满意度' is named like a category
    |
437 |                 服务对象满意度 半年 ≥90% 全年 ≥90%
    |                 ^^^^^^^^^^^^^^
    = help: name what the indicator measures; the category's name belongs one level up
examples/nantong-2025.jx:72:5: note[N0706]: 年度目标 is identical to 中长期目标
   |
72 |     年度目标 """
   |     ^^^^^^^^
examples/nantong-2025.jx:69:5: note: 中长期目标 is here
   |
69 |     中长期目标 """
   |     ----------
examples/nantong-2025.jx:75:5: warning[W0702]: '医保基金监督检查经费' has no indicator under 产出指标 › 成本指标
   |
75 |     指标 {
   |     ^^^^
examples/nantong-2025.jx:116:30: warning[W0407]: '资金使用专款专用率' is a rate, but its target 专款专用 is not a ratio
    |
116 |                 资金使用专款专用率 半年 专款专用 全年 专款专用
    |                                         ^^^^^^^^
    = help: write a rate's target as a percentage (≥95%); if it counts things, name it as a count
examples/nantong-2025.jx:119:47: warning[W0407]: '基金监管宣传提高公众政策、知识、制度或宣传点的知晓率' is a rate, but its target 较高 is not a ratio
    |
119 |                 基金监管宣传提高公众政策、知识、制度或宣传点的知晓率 半年 较高 全年 较高
    |                                                                           ^^^^
    = help: write a rate's target as a percentage (≥95%); if it counts things, name it as a count
examples/nantong-2025.jx:159:5: note[N0706]: 年度目标 is identical to 中长期目标
    |
159 |     年度目标 """
    |     ^^^^^^^^
examples/nantong-2025.jx:156:5: note: 中长期目标 is here
    |
156 |     中长期目标 """
    |     ----------
examples/nantong-2025.jx:162:5: warning[W0702]: '医保租赁业务专项' has no indicator under 产出指标 › 成本指标
    |
162 |     指标 {
    |     ^^^^
examples/nantong-2025.jx:254:5: warning[W0701]: '医疗保障能力提升经费' has no indicator under 满意度指标
    |
254 |     指标 {
    |     ^^^^
examples/nantong-2025.jx:254:5: warning[W0702]: '医疗保障能力提升经费' has no indicator under 产出指标 › 成本指标
    |
254 |     指标 {
    |     ^^^^
examples/nantong-2025.jx:342:5: warning[W0702]: '网络设备设施运行与维护费' has no indicator under 产出指标 › 成本指标
    |
342 |     指标 {
    |     ^^^^
examples/nantong-2025.jx:371:34: warning[W0407]: '网络设备设施运行维护覆盖率' is a rate, but its target "全局" is not a ratio
    |
371 |                 网络设备设施运行维护覆盖率 半年 "全局" 全年 "全局"
    |                                                 ^^^^^^
    = help: write a rate's target as a percentage (≥95%); if it counts things, name it as a count
examples/nantong-2025.jx:429:5: warning[W0701]: '医疗保障业务专家评审' has no indicator under 满意度指标
    |
429 |     指标 {
    |     ^^^^
examples/nantong-2025.jx:429:5: warning[W0702]: '医疗保障业务专家评审' has no indicator under 产出指标 › 成本指标
    |
429 |     指标 {
    |     ^^^^
examples/nantong-2025.jx:510:5: warning[W0702]: '办公设备购置' has no indicator under 产出指标 › 成本指标
    |
510 |     指标 {
    |     ^^^^
examples/nantong-2025.jx:593:5: note[N0706]: 年度目标 is identical to 中长期目标
    |
593 |     年度目标 """
    |     ^^^^^^^^
examples/nantong-2025.jx:590:5: note: 中长期目标 is here
    |
590 |     中长期目标 """
    |     ----------
examples/nantong-2025.jx:596:5: warning[W0702]: '医保稽核检查专项' has no indicator under 产出指标 › 成本指标
    |
596 |     指标 {
    |     ^^^^
examples/nantong-2025.jx:648:17: warning[W0710]: the 三级 indicator '服务对象满意度' is named like a category
    |
648 |                 服务对象满意度 半年 不断提升 全年 不断提升
    |                 ^^^^^^^^^^^^^^
    = help: name what the indicator measures; the category's name belongs one level up
examples/nantong-2025.jx:688:5: warning[W0701]: '医药价格监测和招标采购' has no indicator under 满意度指标
    |
688 |     指标 {
    |     ^^^^
examples/nantong-2025.jx:688:5: warning[W0702]: '医药价格监测和招标采购' has no indicator under 产出指标 › 成本指标
    |
688 |     指标 {
    |     ^^^^
examples/nantong-2025.jx:766:5: note[N0706]: 年度目标 is identical to 中长期目标
    |
766 |     年度目标 """
    |     ^^^^^^^^
examples/nantong-2025.jx:763:5: note: 中长期目标 is here
    |
763 |     中长期目标 """
    |     ----------
examples/nantong-2025.jx:769:5: warning[W0701]: '医疗保障管理费' has no indicator under 满意度指标
    |
769 |     指标 {
    |     ^^^^
examples/nantong-2025.jx:769:5: warning[W0702]: '医疗保障管理费' has no indicator under 产出指标 › 质量指标
    |
769 |     指标 {
    |     ^^^^
examples/nantong-2025.jx:769:5: warning[W0702]: '医疗保障管理费' has no indicator under 产出指标 › 时效指标
    |
769 |     指标 {
    |     ^^^^
examples/nantong-2025.jx:846:5: warning[W0702]: '网络设备设施租赁费' has no indicator under 产出指标 › 成本指标
    |
846 |     指标 {
    |     ^^^^
examples/nantong-2025.jx:879:28: warning[W0407]: '网络通信覆盖率' is a rate, but its target "全市域" is not a ratio
    |
879 |                 网络通信覆盖率 半年 "全市域" 全年 "全市域"
    |                                     ^^^^^^^^
    = help: write a rate's target as a percentage (≥95%); if it counts things, name it as a count
examples/nantong-2025.jx:927:5: note[N0706]: 年度目标 is identical to 中长期目标
    |
927 |     年度目标 """
    |     ^^^^^^^^
examples/nantong-2025.jx:924:5: note: 中长期目标 is here
    |
924 |     中长期目标 """
    |     ----------
examples/nantong-2025.jx:930:5: warning[W0702]: '医保业务经办专项' has no indicator under 产出指标 › 成本指标
    |
930 |     指标 {
    |     ^^^^
examples/nantong-2025.jx:976:17: warning[W0710]: the 三级 indicator '服务对象满意度' is named like a category
    |
976 |                 服务对象满意度 半年 不断提升 全年 不断提升
    |                 ^^^^^^^^^^^^^^
    = help: name what the indicator measures; the category's name belongs one level up
examples/nantong-2025.jx:1015:5: warning[W0702]: '医疗保障政策制定稳评' has no indicator under 产出指标 › 成本指标
     |
1015 |     指标 {
     |     ^^^^
examples/nantong-2025.jx:1103:5: warning[W0702]: '医疗保障能力提升项目' has no indicator under 产出指标 › 成本指标
     |
1103 |     指标 {
     |     ^^^^
examples/nantong-2025.jx:1122:39: warning[W0407]: '印发和发放宣传册、宣传折页质量达标率' is a rate, but its target 较高 is not a ratio
     |
1122 |                 印发和发放宣传册、宣传折页质量达标率 半年 较高 全年 较高
     |                                                           ^^^^
     = help: write a rate's target as a percentage (≥95%); if it counts things, name it as a count
examples/nantong-2025.jx:1122:39: warning[W0704]: output indicator '印发和发放宣传册、宣传折页质量达标率' has a vague target '较高'
     |
1122 |                 印发和发放宣传册、宣传折页质量达标率 半年 较高 全年 较高
     |                                                           ^^^^
     = help: give an output indicator a measurable target, such as ≥95% or 按时完成
examples/nantong-2025.jx:1135:17: warning[W0710]: the 三级 indicator '服务对象满意度' is named like a category
     |
1135 |                 服务对象满意度 半年 不断提升 全年 不断提升
     |                 ^^^^^^^^^^^^^^
     = help: name what the indicator measures; the category's name belongs one level up
examples/nantong-2025.jx:1177:5: warning[W0702]: '委托业务费' has no indicator under 产出指标 › 成本指标
     |
1177 |     指标 {
     |     ^^^^
examples/nantong-2025.jx:1265:5: warning[W0702]: '网络设备设施运行与维护费' has no indicator under 产出指标 › 成本指标
     |
1265 |     指标 {
     |     ^^^^
examples/nantong-2025.jx:1295:34: warning[W0407]: '网络设备设施运行维护覆盖率' is a rate, but its target "全中心" is not a ratio
     |
1295 |                 网络设备设施运行维护覆盖率 半年 "全中心" 全年 "全中心"
     |                                                 ^^^^^^^^
     = help: write a rate's target as a percentage (≥95%); if it counts things, name it as a count
examples/nantong-2025.jx:1320:4: warning[W0705]: '医疗服务与保障能力提升中央补助资金' is an empty table: no funds, expenses or indicators
     |
1320 | 项目 医疗服务与保障能力提升中央补助资金 {
     |      ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
examples/nantong-2025.jx:1353:5: note[N0706]: 年度目标 is identical to 中长期目标
     |
1353 |     年度目标 """
     |     ^^^^^^^^
examples/nantong-2025.jx:1350:5: note: 中长期目标 is here
     |
1350 |     中长期目标 """
     |     ----------
examples/nantong-2025.jx:1356:5: warning[W0702]: '医保印刷费' has no indicator under 产出指标 › 成本指标
     |
1356 |     指标 {
     |     ^^^^
examples/nantong-2025.jx:1389:25: warning[W0704]: output indicator '质量标准' has a vague target '较高'
     |
1389 |                 质量标准 半年 较高 全年 较高
     |                               ^^^^
     = help: give an output indicator a measurable target, such as ≥95% or 按时完成
examples/nantong-2025.jx:1402:17: warning[W0710]: the 三级 indicator '服务对象满意度' is named like a category
     |
1402 |                 服务对象满意度 半年 不断提升 全年 不断提升
     |                 ^^^^^^^^^^^^^^
     = help: name what the indicator measures; the category's name belongs one level up
examples/nantong-2025.jx:1439:5: note[N0706]: 年度目标 is identical to 中长期目标
     |
1439 |     年度目标 """
     |     ^^^^^^^^
examples/nantong-2025.jx:1436:5: note: 中长期目标 is here
     |
1436 |     中长期目标 """
     |     ----------
examples/nantong-2025.jx:1442:5: warning[W0702]: '长期照护保险工作经费' has no indicator under 产出指标 › 质量指标
     |
1442 |     指标 {
     |     ^^^^
examples/nantong-2025.jx:1442:5: warning[W0702]: '长期照护保险工作经费' has no indicator under 产出指标 › 时效指标
     |
1442 |     指标 {
     |     ^^^^
examples/nantong-2025.jx:1442:5: warning[W0702]: '长期照护保险工作经费' has no indicator under 产出指标 › 成本指标
     |
1442 |     指标 {
     |     ^^^^
examples/shanghai-2025.jx:39:5: warning[W0702]: '2025 年图书馆专项经费' has no indicator under 产出指标 › 质量指标
   |
39 |     指标 {
   |     ^^^^
examples/shanghai-2025.jx:39:5: warning[W0702]: '2025 年图书馆专项经费' has no indicator under 产出指标 › 时效指标
   |
39 |     指标 {
   |     ^^^^
examples/shanghai-2025.jx:81:5: warning[W0701]: '援摩洛哥中国医疗队派遣 50 周年系列纪念活动' has no indicator under 成本指标
   |
81 |     指标 {
   |     ^^^^
examples/shanghai-2025.jx:192:5: warning[W0701]: '2025 年办公自动化系统运维' has no indicator under 满意度指标
    |
192 |     指标 {
    |     ^^^^
examples/shanghai-2025.jx:415:5: warning[W0701]: '2025 年援外工作专项经费' has no indicator under 成本指标
    |
415 |     指标 {
    |     ^^^^
examples/shanghai-2025.jx:478:47: warning[W0413]: the target value is empty
    |
478 |                 案例受理数                         ""
    |                                                    ^^
examples/shanghai-2025.jx:480:47: warning[W0407]: '案例鉴定率' is a rate, but its target ≥200.00(例) is not a ratio
    |
480 |                 案例鉴定率                         ≥200.00(例)
    |                                                    ^^^^^^^^^^^
    = help: write a rate's target as a percentage (≥95%); if it counts things, name it as a count
examples/shanghai-2025.jx:496:25: warning[W0407]: '委托机构采信率' is a rate, but its target 优良 is not a ratio
    |
496 |                 委托机构采信率 优良
    |                                ^^^^
    = help: write a rate's target as a percentage (≥95%); if it counts things, name it as a count
examples/shanghai-2025.jx:529:5: warning[W0701]: '北京西路 1623-1647 号办公楼优秀历史建筑综合修缮工程' has no indicator under 满意度指标
    |
529 |     指标 {
    |     ^^^^
examples/shanghai-2025.jx:543:27: warning[W0407]: '工程竣工验收合格率' is a rate, but its target 通过验收 is not a ratio
    |
543 |                 工程竣工验收合格率 通过验收
    |                                    ^^^^^^^^
    = help: write a rate's target as a percentage (≥95%); if it counts things, name it as a count
examples/shanghai-2025.jx:546:25: warning[W0407]: '工程按时完成率' is a rate, but its target 完成 is not a ratio
    |
546 |                 工程按时完成率 完成
    |                                ^^^^
    = help: write a rate's target as a percentage (≥95%); if it counts things, name it as a count
examples/shanghai-2025.jx:575:5: warning[W0701]: '2025 年上海市医师定期考核专项经费' has no indicator under 满意度指标
    |
575 |     指标 {
    |     ^^^^
examples/songjiang-2025.jx:43:5: warning[W0701]: '业务培训' has no indicator under 成本指标
   |
43 |     指标 {
   |     ^^^^
examples/songjiang-2025.jx:51:26: warning[W0704]: output indicator '提高专业技能素质' has a vague target '提高'
   |
51 |                 提高专业技能素质 提高
   |                                  ^^^^
   = help: give an output indicator a measurable target, such as ≥95% or 按时完成
examples/songjiang-2025.jx:86:5: warning[W0701]: '辅助业务管理与支持' has no indicator under 成本指标
   |
86 |     指标 {
   |     ^^^^
examples/songjiang-2025.jx:101:28: warning[W0704]: output indicator '全面提升医疗服务能力' has a vague target '提升'
    |
101 |                 全面提升医疗服务能力 提升
    |                                      ^^^^
    = help: give an output indicator a measurable target, such as ≥95% or 按时完成
examples/songjiang-2025.jx:139:5: warning[W0701]: '编外人员工作经费' has no indicator under 成本指标
    |
139 |     指标 {
    |     ^^^^
examples/songjiang-2025.jx:139:5: warning[W0702]: '编外人员工作经费' has no indicator under 产出指标 › 时效指标
    |
139 |     指标 {
    |     ^^^^
62 warnings, 10 notes
