# A form without 版式 is laid out from its declaration: the name, the short fields two to a
# row and the text fields a row each, the funds (income over expenses), the goal fields a
# row each, the indicator table with the form's value columns (one: 年度指标值).
=== file: a.jx
表式 简表 {
    标题 "简表"
    对象 项目
    金额单位 万元
    半年 否
    目标 年度目标
    字段 {
        主管部门 文本
        开始年份 年份
        完成年份 年份
        联系电话 电话
        年度目标 文本
    }
    资金来源 {
        财政拨款
    }
    指标框架 {
        产出指标 {
            数量指标
        }
    }
}
默认 {
    表式 简表
    年度 2025
}
项目 甲 {
    主管部门 委
    开始年份 2025
    完成年份 2026
    联系电话 025-1234
    年度目标 "完成"
    资金 {
        财政拨款 5
    }
    支出 {
        培训 5
    }
    指标 {
        产出指标 {
            数量指标 {
                人次 ≥10人次
            }
        }
    }
}
=== run
jxc build -f html a.jx | sed -n '/^<header class="form-head"/,/^<\/article>/p'
=== stdout
<header class="form-head">
<h2>简表</h2>
<p class="year">2025年度</p>
</header>
<table class="grid fields">
<colgroup><col span="24"></colgroup>
<tbody>
<tr><th colspan="4">项目名称</th><td colspan="20" class="text">甲</td></tr>
<tr><th colspan="4">主管部门</th><td colspan="20" class="text">委</td></tr>
<tr><th colspan="4">开始年份</th><td colspan="8">2025</td><th colspan="4">完成年份</th><td colspan="8">2026</td></tr>
<tr><th colspan="4">联系电话</th><td colspan="20" class="text">025-1234</td></tr>
</tbody>
</table>
<table class="grid funds">
<colgroup><col class="section"><col class="side"><col class="name1"><col class="name2"><col class="amount"><col class="amount"></colgroup>
<tbody>
<tr><th rowspan="5" class="section">资金（万元）</th><th rowspan="3" class="side">收入</th><th colspan="2"></th><th colspan="2" class="head">全年预算数</th></tr>
<tr><th colspan="2">资金总额</th><td class="num" colspan="2">5</td></tr>
<tr><th colspan="2">财政拨款</th><td class="num" colspan="2">5</td></tr>
<tr><th rowspan="2" class="side">支出</th><th colspan="2"></th><th colspan="2" class="head">全年预算数</th></tr>
<tr><th colspan="2" class="item">培训</th><td class="num" colspan="2">5</td></tr>
</tbody>
</table>
<table class="grid fields">
<colgroup><col span="24"></colgroup>
<tbody>
<tr><th colspan="4">年度目标</th><td colspan="20" class="text">完成</td></tr>
</tbody>
</table>
<table class="grid ind">
<colgroup><col class="l1"><col class="l2"><col class="l3"><col class="val1"></colgroup>
<thead><tr><th>一级指标</th><th>二级指标</th><th>三级指标</th><th>年度指标值</th></tr></thead>
<tbody>
<tr><th class="l1">产出指标</th><th class="l2">数量指标</th><td class="name">人次</td><td class="val">≥10人次</td></tr>
</tbody>
</table>
</article>
