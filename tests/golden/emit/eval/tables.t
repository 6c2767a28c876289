# The official tables of the rest of the year: jxc score -f html writes the 项目支出绩效自评表
# (项目资金 with 年初预算数 … 得分, 年度总体目标 预期/实际, the indicators with their merged
# 一级/二级 cells, a stated score that differs shown beside jxc's, 总分 and 等级); jxc monitor
# -f html the 项目支出绩效运行监控表 (序时进度, the 完成情况 to the date with its light, 全年预计,
# 偏差原因分析, 完成目标可能性); -f csv a row an indicator. docs/evaluation.md shows the same files.
=== file: targets.jx
默认 {
    表式 通用项目
    年度 2025
    主管部门 某某局
    年度目标 "完成年度培训任务"
}

项目 培训项目 {
    开始时间 2025
    完成时间 2025
    资金 {
        财政拨款 90
    }
    指标 {
        产出指标 {
            数量指标 {
                培训人次 ≥100人次
            }
            质量指标 {
                合格率 ≥95%
            }
            时效指标 {
                完成及时率 =100%
            }
        }
        成本指标 {
            经济成本指标 {
                项目总成本 ≤总成本预算数
            }
        }
        效益指标 {
            社会效益指标 {
                群众知晓率 ≥80%
                社会影响 效果明显
            }
        }
        满意度指标 {
            服务对象满意度指标 {
                学员满意度 ≥90%
            }
        }
    }
}
=== file: eval.jx
自评 2025 {
    项目 培训项目 {
        全年预算数 90
        全年执行数 85
        指标 {
            培训人次 120人次
            合格率 93%
            完成及时率 100%
            项目总成本 85万元
            群众知晓率 70% 分值 15 偏差原因 "宣传启动较晚" 改进措施 "提前开展宣传"
            社会影响 效果一般 分值 15 得分 11
            学员满意度 96%
        }
        总分 88
    }
}
=== file: monitor.jx
监控 2025-07-31 {
    项目 培训项目 {
        执行数 40
        偏差原因 "设备采购款九月支付"
        指标 {
            培训人次 30人次 全年预计 100人次 完成可能性 确定能 偏差原因 "培训集中在第四季度"
            合格率 96%
        }
    }
}
=== run
jxc score -f html targets.jx eval.jx 2>/dev/null | sed -n '/<section/,$p'
=== stdout
<section class="sheet form">
<div class="form-head"><h2>项目支出绩效自评表</h2><p class="year">（2025年度）</p></div>
<table class="grid ev"><colgroup><col class="l1"><col class="l2"><col class="l3"><col class="v"><col class="v"><col class="n"><col class="n"><col></colgroup>
<tr><th colspan="2">项目名称</th><td colspan="6">培训项目</td></tr>
<tr><th colspan="2">主管部门</th><td colspan="2">某某局</td><th colspan="2">实施单位</th><td colspan="2"></td></tr>
<tr><th colspan="2" rowspan="2">项目资金（万元）</th><th>年初预算数</th><th>全年预算数</th><th>全年执行数</th><th>分值</th><th>执行率</th><th>得分</th></tr>
<tr><td class="num">90</td><td class="num">90</td><td class="num">85</td><td class="num">10</td><td class="num">94.44%</td><td class="num">9.44</td></tr>
<tr><th colspan="2" rowspan="2">年度总体目标</th><th colspan="3">预期目标</th><th colspan="3">实际完成情况</th></tr>
<tr><td class="text" colspan="3">完成年度培训任务</td><td class="text" colspan="3"></td></tr>
</table>
<table class="grid ev"><colgroup><col class="l1"><col class="l2"><col class="l3"><col class="v"><col class="v"><col class="n"><col class="n"><col></colgroup>
<thead><tr><th>一级指标</th><th>二级指标</th><th>三级指标</th><th>年度指标值</th><th>实际完成值</th><th>分值</th><th>得分</th><th>偏差原因分析及改进措施</th></tr></thead>
<tbody>
<tr><th class="l1" rowspan="3">产出指标</th><th class="l2">数量指标</th><td>培训人次</td><td class="val">≥100人次</td><td class="val">120人次</td><td class="num">12.5</td><td class="num">12.5</td><td class="text"></td></tr>
<tr><th class="l2">质量指标</th><td>合格率</td><td class="val">≥95%</td><td class="val">93%</td><td class="num">12.5</td><td class="num">12.24</td><td class="text"></td></tr>
<tr><th class="l2">时效指标</th><td>完成及时率</td><td class="val">=100%</td><td class="val">100%</td><td class="num">12.5</td><td class="num">12.5</td><td class="text"></td></tr>
<tr><th class="l1">成本指标</th><th class="l2">经济成本指标</th><td>项目总成本</td><td class="val">≤总成本预算数</td><td class="val">85万元</td><td class="num">12.5</td><td class="num">12.5</td><td class="text"></td></tr>
<tr><th class="l1" rowspan="2">效益指标</th><th class="l2" rowspan="2">社会效益指标</th><td>群众知晓率</td><td class="val">≥80%</td><td class="val">70%</td><td class="num">15</td><td class="num">13.13</td><td class="text">宣传启动较晚
提前开展宣传</td></tr>
<tr><td>社会影响</td><td class="val">效果明显</td><td class="val">效果一般</td><td class="num">15</td><td class="num">11</td><td class="text"></td></tr>
<tr><th class="l1">满意度指标</th><th class="l2">服务对象满意度指标</th><td>学员满意度</td><td class="val">≥90%</td><td class="val">96%</td><td class="num">10</td><td class="num">10</td><td class="text"></td></tr>
<tr><th colspan="5">总分</th><td class="num">100</td><td class="num">93.31<span class="note">填报 88</span></td><td>自评等级：优</td></tr>
</tbody></table>
</section>
</body>
</html>
=== run
jxc monitor -f html --as-of 2025-07-31 targets.jx monitor.jx | sed -n '/<section/,$p'
=== stdout
<section class="sheet form">
<div class="form-head"><h2>项目支出绩效运行监控表</h2><p class="year">（2025年度，截至2025年7月31日）</p></div>
<table class="grid ev"><colgroup><col class="l1"><col class="l2"><col class="l3"><col class="v"><col class="v"><col class="n"><col class="n"><col></colgroup>
<tr><th colspan="2">项目名称</th><td colspan="6">培训项目</td></tr>
<tr><th colspan="2">主管部门</th><td colspan="2">某某局</td><th colspan="2">实施单位</th><td colspan="2"></td></tr>
<tr><th colspan="2" rowspan="2">项目资金（万元）</th><th>全年预算数</th><th>截至2025年7月31日执行数</th><th>执行率</th><th colspan="2">序时进度</th><th>偏差原因分析</th></tr>
<tr><td class="num">90</td><td class="num">40</td><td class="num">44.44% <span class="light yellow">黄灯</span></td><td class="num" colspan="2">58.08%</td><td class="text">设备采购款九月支付</td></tr>
</table>
<table class="grid ev"><colgroup><col class="l1"><col class="l2"><col class="l3"><col class="v"><col class="v"><col class="v"><col><col class="v"></colgroup>
<thead><tr><th>一级指标</th><th>二级指标</th><th>三级指标</th><th>年度指标值</th><th>截至2025年7月31日完成情况</th><th>全年预计完成情况</th><th>偏差原因分析</th><th>完成目标可能性</th></tr></thead>
<tbody>
<tr><th class="l1" rowspan="3">产出指标</th><th class="l2">数量指标</th><td>培训人次</td><td class="val">≥100人次</td><td class="val">30人次 <span class="light red">红灯</span></td><td class="val">100人次</td><td class="text">培训集中在第四季度</td><td class="val">确定能</td></tr>
<tr><th class="l2">质量指标</th><td>合格率</td><td class="val">≥95%</td><td class="val">96%</td><td class="val"></td><td class="text"></td><td class="val"></td></tr>
<tr><th class="l2">时效指标</th><td>完成及时率</td><td class="val">=100%</td><td class="val"></td><td class="val"></td><td class="text"></td><td class="val"></td></tr>
<tr><th class="l1">成本指标</th><th class="l2">经济成本指标</th><td>项目总成本</td><td class="val">≤总成本预算数</td><td class="val"></td><td class="val"></td><td class="text"></td><td class="val"></td></tr>
<tr><th class="l1" rowspan="2">效益指标</th><th class="l2" rowspan="2">社会效益指标</th><td>群众知晓率</td><td class="val">≥80%</td><td class="val"></td><td class="val"></td><td class="text"></td><td class="val"></td></tr>
<tr><td>社会影响</td><td class="val">效果明显</td><td class="val"></td><td class="val"></td><td class="text"></td><td class="val"></td></tr>
<tr><th class="l1">满意度指标</th><th class="l2">服务对象满意度指标</th><td>学员满意度</td><td class="val">≥90%</td><td class="val"></td><td class="val"></td><td class="text"></td><td class="val"></td></tr>
</tbody></table>
</section>
</body>
</html>
=== run
jxc monitor -f csv targets.jx monitor.jx
=== stdout
﻿监控日期,项目,实施单位,一级指标,二级指标,三级指标,年度指标值,截至完成情况,完成进度,序时进度,灯,全年预计完成情况,偏差原因分析,完成目标可能性
２０２５－０７－３１,培训项目,,预算执行率,,,90,40,44.44,58.08,黄灯,,,
２０２５－０７－３１,培训项目,,产出指标,数量指标,培训人次,≥100人次,30人次,30.00,58.08,红灯,100人次,培训集中在第四季度,确定能
２０２５－０７－３１,培训项目,,产出指标,质量指标,合格率,≥95%,96％,,58.08,,,,
２０２５－０７－３１,培训项目,,产出指标,时效指标,完成及时率,＝100%,,,58.08,,,,
２０２５－０７－３１,培训项目,,成本指标,经济成本指标,项目总成本,≤总成本预算数,,,58.08,,,,
２０２５－０７－３１,培训项目,,效益指标,社会效益指标,群众知晓率,≥80%,,,58.08,,,,
２０２５－０７－３１,培训项目,,效益指标,社会效益指标,社会影响,效果明显,,,58.08,,,,
２０２５－０７－３１,培训项目,,满意度指标,服务对象满意度指标,学员满意度,≥90%,,,58.08,,,,
=== run
jxc monitor -f json targets.jx monitor.jx
=== stdout
{
	"version":	1,
	"monitoring":	[{
			"date":	"2025-07-31",
			"year":	2025,
			"projects":	[{
					"name":	"培训项目",
					"elapsed":	58.08,
					"budget":	90,
					"spent":	40,
					"rate":	44.44,
					"light":	"yellow",
					"reason":	"设备采购款九月支付",
					"indicators":	[{
							"path":	["产出指标", "数量指标", "培训人次"],
							"target":	"≥100人次",
							"to_date":	"30人次",
							"forecast":	"100人次",
							"progress":	30.00,
							"light":	"red",
							"likelihood":	"确定能",
							"reason":	"培训集中在第四季度"
						}, {
							"path":	["产出指标", "质量指标", "合格率"],
							"target":	"≥95%",
							"to_date":	"96%",
							"forecast":	null,
							"progress":	null,
							"light":	null,
							"likelihood":	null,
							"reason":	null
						}, {
							"path":	["产出指标", "时效指标", "完成及时率"],
							"target":	"=100%",
							"to_date":	null,
							"forecast":	null,
							"progress":	null,
							"light":	null,
							"likelihood":	null,
							"reason":	null
						}, {
							"path":	["成本指标", "经济成本指标", "项目总成本"],
							"target":	"≤总成本预算数",
							"to_date":	null,
							"forecast":	null,
							"progress":	null,
							"light":	null,
							"likelihood":	null,
							"reason":	null
						}, {
							"path":	["效益指标", "社会效益指标", "群众知晓率"],
							"target":	"≥80%",
							"to_date":	null,
							"forecast":	null,
							"progress":	null,
							"light":	null,
							"likelihood":	null,
							"reason":	null
						}, {
							"path":	["效益指标", "社会效益指标", "社会影响"],
							"target":	"效果明显",
							"to_date":	null,
							"forecast":	null,
							"progress":	null,
							"light":	null,
							"likelihood":	null,
							"reason":	null
						}, {
							"path":	["满意度指标", "服务对象满意度指标", "学员满意度"],
							"target":	"≥90%",
							"to_date":	null,
							"forecast":	null,
							"progress":	null,
							"light":	null,
							"likelihood":	null,
							"reason":	null
						}]
				}]
		}]
}
=== run
jxc monitor --as-of 2025-08-01 targets.jx monitor.jx
=== stderr
jxc: 输入中没有日期为 2025-08-01 的运行监控（监控 日期 { … }）
=== exit
2
=== run
jxc score -f xlsx -o s.xlsx targets.jx eval.jx 2>/dev/null; jxc monitor -f xlsx -o m.xlsx targets.jx monitor.jx && python3 -c "
import zipfile, re
for f in ('s.xlsx', 'm.xlsx'):
    z = zipfile.ZipFile(f)
    s = z.read('xl/sharedStrings.xml').decode()
    sheet = z.read('xl/worksheets/sheet1.xml').decode()
    print(f, sorted(n for n in z.namelist() if n.startswith('xl/worksheets/')))
    print(' ', [w for w in ('项目支出绩效自评表', '项目支出绩效运行监控表', '偏差原因分析及改进措施', '完成目标可能性', '红灯', '总分') if w in s])
    print('  merges', len(re.findall('<mergeCell ', sheet)), 'numbers', len(re.findall('<c [^>]*><v>', sheet)))
"
=== stdout
s.xlsx ['xl/worksheets/sheet1.xml']
  ['项目支出绩效自评表', '偏差原因分析及改进措施', '总分']
  merges 18 numbers 82
m.xlsx ['xl/worksheets/sheet1.xml']
  ['项目支出绩效运行监控表', '完成目标可能性', '红灯']
  merges 12 numbers 57
