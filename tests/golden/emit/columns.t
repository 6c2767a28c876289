# The per-indicator columns of a form (指标列) on every output, in the form's order, the ones
# the table fills: JSON `columns` (a score as a number, the others as written), the CSV's
# columns after 全年指标值, and the HTML indicator table's columns (指标性质 before the value,
# as 通用项目 declares it; the others after). An indicator with no cell has no `columns`.
=== file: t.jx (fixture 通用项目, replacing)
                培训人次 ≥100人次
            }
            质量指标 {
                合格率 ≥95%
=== with
                培训人次 ≥100 { 指标性质 定量; 计量单位 人次; 指标方向 正向; 权重 50; 指标解释 "全年培训的人次" }
            }
            质量指标 {
                合格率 ≥95% { 分值 40; 评（扣）分标准 "每低1个百分点扣1分" }
=== run
jxc check t.jx
=== run
jxc build -f json t.jx | sed -n '/"培训人次"/,/"group"/p'
=== stdout
					"path":	["产出指标", "数量指标", "培训人次"],
					"half":	null,
					"full":	{
						"text":	"≥100",
						"kind":	"measure",
						"op":	">=",
						"number":	100,
						"multiplier":	1,
						"unit":	"人次",
						"dimension":	"计数"
					},
					"note":	null,
					"columns":	{
						"指标性质":	"定量",
						"度量单位":	"人次",
						"指标方向":	"正向",
						"分值":	50,
						"指标解释":	"全年培训的人次"
					},
					"group":	null,
=== run
jxc build -f csv --no-bom t.jx
=== stdout
年度,表式,主管部门,实施单位,项目,一级指标,二级指标,三级指标,半年指标值,全年指标值,指标性质,度量单位,指标方向,分值,指标解释,评分标准
2025,通用项目,某某局,,培训项目,产出指标,数量指标,培训人次,,≥100,定量,人次,正向,50,全年培训的人次,
2025,通用项目,某某局,,培训项目,产出指标,质量指标,合格率,,≥95%,,,,40,,每低1个百分点扣1分
2025,通用项目,某某局,,培训项目,产出指标,时效指标,完成及时率,,＝100%,,,,,,
2025,通用项目,某某局,,培训项目,成本指标,经济成本指标,项目总成本,,≤总成本预算数,,,,,,
2025,通用项目,某某局,,培训项目,效益指标,社会效益指标,群众知晓率,,≥80%,,,,,,
2025,通用项目,某某局,,培训项目,满意度指标,服务对象满意度指标,学员满意度,,≥90%,,,,,,
=== run
jxc build -f html t.jx | grep -E '^<(colgroup|thead|tr)' | grep -E 'l3|三级|培训人次|合格率|完成及时率'
=== stdout
<colgroup><col class="section" style="width:8.0%"><col class="l1" style="width:9.0%"><col class="l2" style="width:10.0%"><col class="l3" style="width:16.0%"><col class="col" style="width:5.5%"><col class="val1" style="width:13.0%"><col class="col" style="width:5.5%"><col class="col" style="width:5.5%"><col class="col" style="width:5.5%"><col class="coltext" style="width:11.0%"><col class="coltext" style="width:11.0%"></colgroup>
<thead><tr><th class="section"></th><th>一级指标</th><th>二级指标</th><th>三级指标</th><th>指标性质</th><th>指标值</th><th>度量单位</th><th>指标方向</th><th>分值</th><th>指标解释</th><th>评分标准</th></tr></thead>
<tr><th rowspan="6" class="section">绩效指标</th><th rowspan="3" class="l1">产出指标</th><th class="l2">数量指标</th><td class="name">培训人次</td><td class="col" style="text-align:center">定量</td><td class="val">≥100</td><td class="col" style="text-align:center">人次</td><td class="col" style="text-align:center">正向</td><td class="col" style="text-align:center">50</td><td class="coltext">全年培训的人次</td><td class="coltext"></td></tr>
<tr><th class="l2">质量指标</th><td class="name">合格率</td><td class="col" style="text-align:center"></td><td class="val">≥95%</td><td class="col" style="text-align:center"></td><td class="col" style="text-align:center"></td><td class="col" style="text-align:center">40</td><td class="coltext"></td><td class="coltext">每低1个百分点扣1分</td></tr>
<tr><th class="l2">时效指标</th><td class="name">完成及时率</td><td class="col" style="text-align:center"></td><td class="val">=100%</td><td class="col" style="text-align:center"></td><td class="col" style="text-align:center"></td><td class="col" style="text-align:center"></td><td class="coltext"></td><td class="coltext"></td></tr>
