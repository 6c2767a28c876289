# The page: self-contained (inline style, no script, a policy that forbids any outside
# file), the cover with the contents grouped by form and year, the funds summary as inline
# SVG (one bar a table, split by source; the sources' totals), then the forms. The style
# sheet is left out here.
=== file: a.jx
默认 {
    表式 通用项目
    年度 2025
    主管部门 委
    实施单位 某中心
}
项目 甲 {
    年度目标 "x"
    资金 {
        财政拨款 30
        其他资金 10
    }
}
项目 乙 {
    年度目标 "y"
    资金 {
        财政拨款 20
    }
}
=== run
jxc build -f html -A W0701 -A W0705 a.jx | sed '/^<style>/,/^<\/style>/d' | sed '/^<article/,$d'
=== stdout
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="generator" content="jxc 0.1.0">
<title>某中心 · 预算绩效目标表</title>
</head>
<body>
<header class="sheet cover" id="contents">
<h1>预算绩效目标表</h1>
<p class="lead">共 2 张表，1 个单位</p>
<nav>
<h2>目录</h2>
<table class="contents">
<colgroup><col class="no"><col><col class="unit"><col class="total"></colgroup>
<thead><tr><th class="num">序号</th><th>名称</th><th>实施单位</th><th class="num">资金总额</th></tr></thead>
<tbody>
<tr class="group"><th colspan="4">项目支出绩效目标申报表<span class="sub">2025年度</span></th></tr>
<tr><td class="num">1</td><td><a href="#t1">甲</a></td><td class="unit">某中心</td><td class="num">40 万元</td></tr>
<tr><td class="num">2</td><td><a href="#t2">乙</a></td><td class="unit">某中心</td><td class="num">20 万元</td></tr>
</tbody>
</table>
</nav>
</header>
<section class="sheet summary" id="summary">
<h2>资金概览</h2>
<p class="lead">按实施单位和年度，每张表一条，按资金来源分色；条长按元比较。</p>
<ul class="legend"><li><span class="swatch" style="background:#2f5597"></span>财政拨款</li><li><span class="swatch" style="background:#c55a11"></span>其他资金</li></ul>
<figure class="funds-chart">
<figcaption><b>某中心</b> · 2025年度 · 项目 2 张 · 合计 60 万元</figcaption>
<div class="chart-pair">
<div><h3>各表资金</h3>
<svg class="chart" role="img" viewBox="0 0 680 52" width="680" height="52" xmlns="http://www.w3.org/2000/svg">
<line x1="244" y1="0" x2="244" y2="52" class="axis"/>
<g><title>甲：40 万元</title><text x="236" y="19" text-anchor="end">甲</text><rect x="244" y="7" width="225" height="14" fill="#2f5597"/><rect x="469" y="7" width="75" height="14" fill="#c55a11"/><text x="550" y="19">40 万元</text></g>
<g><title>乙：20 万元</title><text x="236" y="41" text-anchor="end">乙</text><rect x="244" y="29" width="150" height="14" fill="#2f5597"/><text x="400" y="41">20 万元</text></g>
</svg>
</div>
<div><h3>资金来源</h3>
<svg class="chart" role="img" viewBox="0 0 680 52" width="680" height="52" xmlns="http://www.w3.org/2000/svg">
<line x1="244" y1="0" x2="244" y2="52" class="axis"/>
<g><title>财政拨款：50 万元</title><text x="236" y="19" text-anchor="end">财政拨款</text><rect x="244" y="7" width="300" height="14" fill="#2f5597"/><text x="550" y="19">50 万元</text></g>
<g><title>其他资金：10 万元</title><text x="236" y="41" text-anchor="end">其他资金</text><rect x="244" y="29" width="60" height="14" fill="#c55a11"/><text x="310" y="41">10 万元</text></g>
</svg>
</div>
</div>
</figure>
</section>
