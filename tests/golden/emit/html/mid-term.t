# The HTML of a form with a mid-term set (中央部门项目): the parts its 版式 marks `期 中期` print
# the 中期 funds (under 中期资金总额) and the 中期 indicators (中期绩效指标), the others the year's.
=== file: t.jx (fixture 中央部门项目)
=== run
jxc build -f html t.jx | grep -oE '<th[^>]*>(中期资金总额|年度资金总额|中期绩效指标|年度绩效指标)</th>|<td class="num"[^>]*>[0-9.]+</td>|<td class="name">运维成本</td>' | uniq
=== stdout
<td class="num">1</td>
<th colspan="2" class="head">中期资金总额</th>
<th colspan="2">中期资金总额</th>
<td class="num" colspan="2">300</td>
<td class="num" colspan="2">0</td>
<th colspan="2" class="head">年度资金总额</th>
<th colspan="2">年度资金总额</th>
<td class="num" colspan="2">100</td>
<td class="num" colspan="2">0</td>
<th rowspan="5" class="section">中期绩效指标</th>
<th rowspan="6" class="section">年度绩效指标</th>
<td class="name">运维成本</td>
