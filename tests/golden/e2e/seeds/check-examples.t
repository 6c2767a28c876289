# The real-world corpus: `jxc check examples/` reports the real mistakes of the published
# tables (examples/README.md lists each one) and no error.
=== run
cd "$ROOT" && jxc check --lang=en --max-warnings=100000 $(ls -d examples/*.jx examples/*/ | grep -v /evaluation/)
=== stderr
examples/chongqing/rongchang-forestry-2022.jx:35:5: note[N0322]: form '通用项目' has no such fields; they are kept as text: 项目概况及立项依据
   |
35 |     项目概况及立项依据 "在古昌镇大青杠村事实乡村公路绿化;对周边沿线村民发放李子苗"
   |     ^^^^^^^^^^^^^^^^^^
examples/guangdong/dongguan-2019.jx:63:30: warning[W0418]: '镇街补助款完成结算项目数': the target 3 has no unit
   |
63 |                 镇街补助款完成结算项目数 3
   |                                          ^
   = help: write its unit, such as 3人次 or 3%
examples/hubei/qingshan-2020-infrastructure.jx:36:28: warning[W0418]: '重点建设工程安排数量': the target 2 has no unit
   |
36 |                 重点建设工程安排数量 2
   |                                      ^
   = help: write its unit, such as 2人次 or 2%
examples/hubei/qingshan-2020-infrastructure.jx:42:24: warning[W0419]: cost indicator '建设项目成本': the target "参照政府采购成本控制" is no amount of money (words)
   |
42 |                 建设项目成本 "参照政府采购成本控制"
   |                              ^^^^^^^^^^^^^^^^^^^^^^
examples/hunan/nanyue-2018-dividends.jx:28:17: warning[W0709]: '*贫困地区贫困人口加入合作社、村集体经济组织人数(≥**人)' is the blank form's hint, not what was meant
   |
28 |                 "*贫困地区贫困人口加入合作社、村集体经济组织人数(≥**人)" ≥1102人
   |                 ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
   = help: replace it with the real name or target (** and XX are the template's placeholders)
examples/hunan/nanyue-2018-dividends.jx:29:17: warning[W0709]: '资产入股贫困人口总数(≥**人)' is the blank form's hint, not what was meant
   |
29 |                 "资产入股贫困人口总数(≥**人)"                            ≥1102人
   |                 ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
   = help: replace it with the real name or target (** and XX are the template's placeholders)
examples/hunan/nanyue-2018-dividends.jx:33:24: warning[W0407]: '返本分红比例' is a rate, but its target "第一年按总投资额返本20%,分红按8%分红" is not a ratio
   |
33 |                 返本分红比例 "第一年按总投资额返本20%,分红按8%分红"
   |                              ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
   = help: write a rate's target as a percentage (≥95%); if it counts things, name it as a count
examples/hunan/nanyue-2018-dividends.jx:45:17: warning[W0709]: '*资产股权年收益率( ≥**% )' is the blank form's hint, not what was meant
   |
45 |                 "*资产股权年收益率( ≥**% )" ≥8%
   |                 ^^^^^^^^^^^^^^^^^^^^^^^^^^^
   = help: replace it with the real name or target (** and XX are the template's placeholders)
examples/hunan/nanyue-2018-dividends.jx:49:17: warning[W0709]: '受益建档立卡贫困人口数(≥**人)' is the blank form's hint, not what was meant
   |
49 |                 "受益建档立卡贫困人口数(≥**人)" ≥1102人
   |                 ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
   = help: replace it with the real name or target (** and XX are the template's placeholders)
examples/hunan/nanyue-2018-dividends.jx:54:17: warning[W0709]: '*资产入股贫困人口满意度( ≥**% )' is the blank form's hint, not what was meant
   |
54 |                 "*资产入股贫困人口满意度( ≥**% )" ≥95%
   |                 ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
   = help: replace it with the real name or target (** and XX are the template's placeholders)
examples/hunan/nanyue-2018-tourism.jx:33:17: warning[W0709]: '贫困地区旅游景点开发数量( ≥**个 )' is the blank form's hint, not what was meant
   |
33 |                 "贫困地区旅游景点开发数量( ≥**个 )" ≥4个
   |                 ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
   = help: replace it with the real name or target (** and XX are the template's placeholders)
examples/hunan/nanyue-2018-tourism.jx:37:17: warning[W0709]: '*贫困地区旅游基础设施建设质量达标率100%' is the blank form's hint, not what was meant
   |
37 |                 "*贫困地区旅游基础设施建设质量达标率100%" ≥98%
   |                 ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
   = help: replace it with the real name or target (** and XX are the template's placeholders)
examples/hunan/nanyue-2018-tourism.jx:40:17: warning[W0709]: '贫困地区基础设施建设按期完成率(≥**%)' is the blank form's hint, not what was meant
   |
40 |                 "贫困地区基础设施建设按期完成率(≥**%)" ≥95%
   |                 ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
   = help: replace it with the real name or target (** and XX are the template's placeholders)
examples/hunan/nanyue-2018-tourism.jx:50:17: warning[W0709]: '乡村旅游带动增加贫困村收入(≥**万元)' is the blank form's hint, not what was meant
   |
50 |                 "乡村旅游带动增加贫困村收入(≥**万元)"   ≥6万元
   |                 ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
   = help: replace it with the real name or target (** and XX are the template's placeholders)
examples/hunan/nanyue-2018-tourism.jx:51:17: warning[W0709]: '乡村旅游带动增加贫困人口收入(≥**万元)' is the blank form's hint, not what was meant
   |
51 |                 "乡村旅游带动增加贫困人口收入(≥**万元)" ≥2.61万元
   |                 ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
   = help: replace it with the real name or target (** and XX are the template's placeholders)
examples/hunan/nanyue-2018-tourism.jx:54:17: warning[W0709]: '贫困地区乡村旅游开发景点接待游客数量(≥**人)' is the blank form's hint, not what was meant
   |
54 |                 "贫困地区乡村旅游开发景点接待游客数量(≥**人)" ≥60000人
   |                 ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
   = help: replace it with the real name or target (** and XX are the template's placeholders)
examples/hunan/nanyue-2018-tourism.jx:55:17: warning[W0709]: '受益建档立卡贫困人口数≥**人' is the blank form's hint, not what was meant
   |
55 |                 "受益建档立卡贫困人口数≥**人"                 ≥29人
   |                 ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
   = help: replace it with the real name or target (** and XX are the template's placeholders)
examples/hunan/nanyue-2018-tourism.jx:60:17: warning[W0709]: '旅游行业经营主体满意度(≥**%)' is the blank form's hint, not what was meant
   |
60 |                 "旅游行业经营主体满意度(≥**%)"         ≥90%
   |                 ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
   = help: replace it with the real name or target (** and XX are the template's placeholders)
examples/hunan/nanyue-2018-tourism.jx:61:17: warning[W0709]: '参与旅游扶贫项目贫困群众满意度(≥**%)' is the blank form's hint, not what was meant
   |
61 |                 "参与旅游扶贫项目贫困群众满意度(≥**%)" ≥90%
   |                 ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
   = help: replace it with the real name or target (** and XX are the template's placeholders)
examples/hunan/nanyue-2018-tourism.jx:62:17: warning[W0709]: '旅游区居民满意度(≥**%)' is the blank form's hint, not what was meant
   |
62 |                 "旅游区居民满意度(≥**%)"               ≥90%
   |                 ^^^^^^^^^^^^^^^^^^^^^^^^
   = help: replace it with the real name or target (** and XX are the template's placeholders)
examples/hunan/nanyue-2018-tourism.jx:63:17: warning[W0709]: '游客满意度(≥**%)' is the blank form's hint, not what was meant
   |
63 |                 "游客满意度(≥**%)"                     ≥90%
   |                 ^^^^^^^^^^^^^^^^^^
   = help: replace it with the real name or target (** and XX are the template's placeholders)
examples/hunan/xiangtan-2023.jx:24:5: note[N0322]: form '通用项目' has no such fields; they are kept as text: 该项目支出上级资金、填表人
   |
24 |     该项目支出上级资金 0
   |     ^^^^^^^^^^^^^^^^^^
examples/hunan/xiangtan-2023.jx:27:5: note[N0706]: 年度目标 is identical to 中长期目标
   |
27 |     本年度绩效目标 "通过采购雾炮车降尘抑尘服务,服务周期2023.07-2024.01,全市空气质量达到优良"
   |     ^^^^^^^^^^^^^^
examples/hunan/xiangtan-2023.jx:26:5: note: 中长期目标 is here
   |
26 |     实施期绩效目标 "通过采购雾炮车降尘抑尘服务,服务周期2023.07-2024.01,全市空气质量达到优良"
   |     --------------
examples/hunan/xiangtan-2023.jx:32:42: warning[W0420]: the unit 'M' reads two ways; read as 容量 here
   |
32 |                 雾炮车风炮射程               ≥80M
   |                                                 ^
   = help: write the unit meant: 米, 兆 …
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
examples/jiangxi/fuliang-forestry.jx:28:5: note[N0322]: form '通用部门整体' has no such fields; they are kept as text: 部门编码、*联系人
   |
28 |     部门编码 316
   |     ^^^^^^^^
examples/jiangxi/fuliang-forestry.jx:32:5: note[N0706]: 年度目标 is identical to 主要职能
   |
32 |     "*年度绩效总目标" "保证林业局职能实现,保障人员经费。"
   |     ^^^^^^^^^^^^^^^^^
examples/jiangxi/fuliang-forestry.jx:31:5: note: 主要职能 is here
   |
31 |     "*部门职能职责概述" "保证林业局职能实现,保障人员经费。"
   |     -------------------
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
examples/ningxia/yuanzhou-2022.jx:38:13: warning[W0707]: category '数量指标(必填硬性指标)' still carries the template's hint '(必填硬性指标)'
   |
38 |             "数量指标(必填硬性指标)" {
   |             ^^^^^^^^^^^^^^^^^^^^^^^^
   = help: leave out '(必填硬性指标)': it is the blank form's hint, not part of the name
examples/ningxia/yuanzhou-2022.jx:39:51: warning[W0418]: '实施营造林总面积(亩)': the target 80000 has no unit
   |
39 |                 "实施营造林总面积(亩)"                     80000
   |                                                            ^^^^^
   = help: write its unit, such as 80000人次 or 80000%
examples/ningxia/yuanzhou-2022.jx:40:49: warning[W0418]: '其中:实施新造林总面积(亩)': the target 30000 has no unit
   |
40 |                 "其中:实施新造林总面积(亩)"                30000
   |                                                            ^^^^^
   = help: write its unit, such as 30000人次 or 30000%
examples/ningxia/yuanzhou-2022.jx:41:41: warning[W0418]: '实施未成林抚育提升及退化林改造总面积(亩)': the target 50000 has no unit
   |
41 |                 "实施未成林抚育提升及退化林改造总面积(亩)" 50000
   |                                                            ^^^^^
   = help: write its unit, such as 50000人次 or 50000%
examples/ningxia/yuanzhou-2022.jx:42:51: warning[W0418]: '修建作业道长度(公里)': the target 30 has no unit
   |
42 |                 "修建作业道长度(公里)"                     30
   |                                                            ^^
   = help: write its unit, such as 30人次 or 30%
examples/ningxia/yuanzhou-2022.jx:44:13: warning[W0707]: category '质量指标(必填)' still carries the template's hint '(必填)'
   |
44 |             "质量指标(必填)" {
   |             ^^^^^^^^^^^^^^^^
   = help: leave out '(必填)': it is the blank form's hint, not part of the name
examples/ningxia/yuanzhou-2022.jx:45:17: warning[W0709]: '苗木成活率(≥**%)' is the blank form's hint, not what was meant
   |
45 |                 "苗木成活率(≥**%)" 85
   |                 ^^^^^^^^^^^^^^^^^^
   = help: replace it with the real name or target (** and XX are the template's placeholders)
examples/ningxia/yuanzhou-2022.jx:45:31: warning[W0407]: '苗木成活率(≥**%)' is a rate, but its target 85 is not a ratio
   |
45 |                 "苗木成活率(≥**%)" 85
   |                                    ^^
   = help: write a rate's target as a percentage (≥95%); if it counts things, name it as a count
examples/ningxia/yuanzhou-2022.jx:47:13: warning[W0707]: category '时效指标(必填)' still carries the template's hint '(必填)'
   |
47 |             "时效指标(必填)" {
   |             ^^^^^^^^^^^^^^^^
   = help: leave out '(必填)': it is the blank form's hint, not part of the name
examples/ningxia/yuanzhou-2022.jx:48:24: warning[W0604]: timeliness indicator '项目完成时间': the target 2023年底 is after the project's period ends (2023年11月)
   |
48 |                 项目完成时间 2023年底
   |                              ^^^^^^^^
examples/ningxia/yuanzhou-2022.jx:50:13: warning[W0707]: category '成本指标(必填硬性指标)' still carries the template's hint '(必填硬性指标)'
   |
50 |             "成本指标(必填硬性指标)" {
   |             ^^^^^^^^^^^^^^^^^^^^^^^^
   = help: leave out '(必填硬性指标)': it is the blank form's hint, not part of the name
examples/ningxia/yuanzhou-2022.jx:51:17: warning[W0709]: '项目总投入(≥**万元)' is the blank form's hint, not what was meant
   |
51 |                 "项目总投入(≥**万元)" 6070
   |                 ^^^^^^^^^^^^^^^^^^^^^
   = help: replace it with the real name or target (** and XX are the template's placeholders)
examples/ningxia/yuanzhou-2022.jx:51:32: warning[W0418]: '项目总投入(≥**万元)': the target 6070 has no unit
   |
51 |                 "项目总投入(≥**万元)" 6070
   |                                       ^^^^
   = help: write its unit, such as 6070人次 or 6070%
examples/ningxia/yuanzhou-2022.jx:55:13: warning[W0707]: category '经济效益指标(选填)' still carries the template's hint '(选填)'
   |
55 |             "经济效益指标(选填)" {
   |             ^^^^^^^^^^^^^^^^^^^^
   = help: leave out '(选填)': it is the blank form's hint, not part of the name
examples/ningxia/yuanzhou-2022.jx:56:34: warning[W0413]: the target value is empty
   |
56 |                 "增加就业机会,提高农民收入。" ""
   |                                               ^^
examples/ningxia/yuanzhou-2022.jx:58:13: warning[W0707]: category '社会效益指标(必填)' still carries the template's hint '(必填)'
   |
58 |             "社会效益指标(必填)" {
   |             ^^^^^^^^^^^^^^^^^^^^
   = help: leave out '(必填)': it is the blank form's hint, not part of the name
examples/ningxia/yuanzhou-2022.jx:59:27: warning[W0418]: '受益人数(人)': the target 132 has no unit
   |
59 |                 "受益人数(人)" 132
   |                                ^^^
   = help: write its unit, such as 132人次 or 132%
examples/ningxia/yuanzhou-2022.jx:61:13: warning[W0707]: category '生态效益指标(选填)' still carries the template's hint '(选填)'
   |
61 |             "生态效益指标(选填)" {
   |             ^^^^^^^^^^^^^^^^^^^^
   = help: leave out '(选填)': it is the blank form's hint, not part of the name
examples/ningxia/yuanzhou-2022.jx:62:38: warning[W0413]: the target value is empty
   |
62 |                 "提高森林覆盖率,促进生物多样性保护。" ""
   |                                                       ^^
examples/ningxia/yuanzhou-2022.jx:64:13: warning[W0707]: category '可持续影响指标(必填)' still carries the template's hint '(必填)'
   |
64 |             "可持续影响指标(必填)" {
   |             ^^^^^^^^^^^^^^^^^^^^^^
   = help: leave out '(必填)': it is the blank form's hint, not part of the name
examples/ningxia/yuanzhou-2022.jx:65:51: warning[W0413]: the target value is empty
   |
65 |                 "提高森林生态系统服务功能,显著改善项目区及周边地区的生态环境。" ""
   |                                                                                 ^^
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
examples/sichuan/jingyan-mata-2023.jx:30:5: warning[W0701]: '村组干部报酬' has no indicator under 成本指标
   |
30 |     指标 {
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
105 warnings, 15 notes
