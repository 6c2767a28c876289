# A form declared in a user file, with a 版式: the HTML form follows it — the subtitle, the
# name label, a merged cell, a relabelled field, rows whose values share the width 2:1, the
# funds stacked (a group with its 小计, the expenses), fields side by side, the indicator
# table with its section label; 空二级 gives the empty 二级 质量 its row. Amounts with
# thousands separators. Only the form's <article> is shown.
=== file: form.jx
表式 测试项目 {
    标题 "测试项目绩效目标表"
    对象 项目
    金额单位 元
    半年 是
    字段 {
        主管部门   文本 必填
        负责人     文本
        电话       电话
        职能       文本
        近期目标   文本
        远期目标   文本
    }
    资金来源 {
        财政 {
            本级
            上级
        }
        其他
    }
    指标框架 {
        产出 {
            数量
            质量
        }
        满意度 {
            对象满意度
        }
    }
    版式 {
        副标题 "（{年度}年度）"
        名称 项目
        合并 "负责人/电话" 负责人 电话
        标签 职能 单位职能
        千分位 是
        空二级 是
        行 项目 主管部门 {
            宽 2 1
        }
        行 "负责人/电话"
        行 职能
        资金 "资金（元）" {
            收入 全年
            支出 半年 全年
        }
        并列 目标 近期目标 远期目标
        指标 {
            标签 绩效指标
            列 半年值 全年值
        }
    }
}
=== file: a.jx
导入 "form.jx"
默认 {
    表式 测试项目
    年度 2025
}
项目 "A & <B>" {
    主管部门 某委
    负责人 张三
    电话 025-1234
    职能 "做 <事>"
    远期目标 "长期"
    资金 {
        财政 {
            本级 1234567.5
            上级 0
        }
        其他 10
    }
    支出 {
        培训 半年 100 全年 1234577.5
    }
    指标 {
        满意度 {
            对象满意度 {
                满意率 半年 ≥80% 全年 ≥90%
            }
        }
        产出 {
            数量 {
                人次 半年 ≥10人次 全年 ≥30人次
                场次 半年 "按计划" 全年 =3场
            }
        }
    }
}
=== run
jxc build -f html -A W0703 a.jx | sed -n '/^<article/,/^<\/article>/p'
=== stdout
<article class="sheet form" id="t1">
<p class="meta"><a href="#contents">目录</a> · a.jx 第 6 行 · 表式 测试项目</p>
<header class="form-head">
<h2>测试项目绩效目标表</h2>
<p class="year">（2025年度）</p>
</header>
<table class="grid fields">
<colgroup><col span="24"></colgroup>
<tbody>
<tr><th colspan="4">项目</th><td colspan="11">A &amp; &lt;B&gt;</td><th colspan="4">主管部门</th><td colspan="5">某委</td></tr>
<tr><th colspan="4">负责人/电话</th><td colspan="20" class="text">张三 025-1234</td></tr>
<tr><th colspan="4">单位职能</th><td colspan="20" class="text">做 &lt;事&gt;</td></tr>
</tbody>
</table>
<table class="grid funds">
<colgroup><col class="section"><col class="side"><col class="name1"><col class="name2"><col class="amount"><col class="amount"></colgroup>
<tbody>
<tr><th rowspan="8" class="section">资金（元）</th><th rowspan="6" class="side">收入</th><th colspan="2"></th><th colspan="2" class="head">全年</th></tr>
<tr><th colspan="2">资金总额</th><td class="num" colspan="2">1,234,577.5</td></tr>
<tr><th rowspan="3">财政</th><th>小计</th><td class="num" colspan="2">1,234,567.5</td></tr>
<tr><th>本级</th><td class="num" colspan="2">1,234,567.5</td></tr>
<tr><th>上级</th><td class="num" colspan="2">0</td></tr>
<tr><th colspan="2">其他</th><td class="num" colspan="2">10</td></tr>
<tr><th rowspan="2" class="side">支出</th><th colspan="2"></th><th class="head">半年</th><th class="head">全年</th></tr>
<tr><th colspan="2" class="item">培训</th><td class="num">100</td><td class="num">1,234,577.5</td></tr>
</tbody>
</table>
<table class="grid side">
<colgroup><col class="section"><col><col></colgroup>
<tbody>
<tr><th rowspan="2" class="section">目标</th><th>近期目标</th><th>远期目标</th></tr>
<tr><td class="text"></td><td class="text">长期</td></tr>
</tbody>
</table>
<table class="grid ind">
<colgroup><col class="section"><col class="l1"><col class="l2"><col class="l3"><col class="val"><col class="val"></colgroup>
<thead><tr><th class="section"></th><th>一级指标</th><th>二级指标</th><th>三级指标</th><th>半年值</th><th>全年值</th></tr></thead>
<tbody>
<tr><th rowspan="4" class="section">绩效指标</th><th rowspan="3" class="l1">产出</th><th rowspan="2" class="l2">数量</th><td class="name">人次</td><td class="val">≥10人次</td><td class="val">≥30人次</td></tr>
<tr><td class="name">场次</td><td class="val">按计划</td><td class="val">=3场</td></tr>
<tr><th class="l2">质量</th><td class="name"></td><td class="val"></td><td class="val"></td></tr>
<tr><th class="l1">满意度</th><th class="l2">对象满意度</th><td class="name">满意率</td><td class="val">≥80%</td><td class="val">≥90%</td></tr>
</tbody>
</table>
</article>
