# Words: CJK, ASCII letters, _, the CJK brackets and quotes, · and 、, digits after the first letter; keywords only when the whole word is one.
=== file: t.jx
医疗事故技术鉴定 SSL证书采购 _x1 （一）《临床检验杂志》编辑出版 “长江医学论坛” 【注】 张·三 药品、器械 周斌59001573
项目 项目支出 指标 指标组 指标组名 资金 资金总额 半年 全年 全年目标 引用 表式 单位 等级 导入 默认 部门 支出
=== run
jxc tokens t.jx
=== stdout
1:1 WORD 医疗事故技术鉴定
1:10 WORD SSL证书采购
1:18 WORD _x1
1:22 WORD （一）《临床检验杂志》编辑出版
1:38 WORD “长江医学论坛”
1:47 WORD 【注】
1:51 WORD 张·三
1:55 WORD 药品、器械
1:61 WORD 周斌59001573
1:71 NL
2:1 PROJECT 项目
2:4 WORD 项目支出
2:9 INDICATORS 指标
2:12 GROUP 指标组
2:16 WORD 指标组名
2:21 FUNDS 资金
2:24 WORD 资金总额
2:29 HALF 半年
2:32 FULL 全年
2:35 WORD 全年目标
2:40 REF 引用
2:43 FORM 表式
2:46 UNIT 单位
2:49 LEVEL 等级
2:52 IMPORT 导入
2:55 DEFAULTS 默认
2:58 DEPARTMENT 部门
2:61 EXPENSES 支出
2:63 NL
