# The 部门整体 form's indicators: 履职 has the 重点工作 level and its own heading row, so the
# table is cut into bands — 决策 (三级 spanning two columns), 履职 (with 重点工作), 效益指标 —
# each a <table> with its heading, on one six-column grid. The 重点工作 cells are merged over
# their rows like the 一级 and 二级; an empty 二级 of the framework (生态效益) has its row.
=== file: dept.jx
默认 {
    表式 江苏省级部门整体
    年度 2026
}
部门 某学会 {
    主要职能 "x"
    机构设置及人员配置 "x"
    中长期目标 "x"
    年度目标 "y"
    指标 {
        决策 {
            计划制定 {
                工作计划制定健全性 半年 健全 全年 健全
            }
        }
        履职 {
            医学鉴定工作 {
                各类医学鉴定 {
                    案件办理率     半年 ≥98% 全年 ≥98%
                    鉴定文书合格率 半年 ≥95% 全年 ≥95%
                }
                专家库管理 {
                    专家培训 半年 =50% 全年 =100%
                }
            }
        }
        效益指标 {
            社会效益 {
                学术引领作用 半年 较高 全年 较高
            }
        }
    }
}
=== run
jxc build -f html -A W0701 -A W0702 dept.jx | sed -n '/^<table class="grid ind/,/^<\/table>/p'
=== stdout
<table class="grid ind six">
<colgroup><col class="l1"><col class="l2"><col class="kw"><col class="l3"><col class="val"><col class="val"></colgroup>
<thead><tr><th>一级指标</th><th>二级指标</th><th colspan="2">三级指标</th><th>半年指标值</th><th>全年指标值</th></tr></thead>
<tbody>
<tr><th rowspan="3" class="l1">决策</th><th class="l2">计划制定</th><td colspan="2" class="name">工作计划制定健全性</td><td class="val">健全</td><td class="val">健全</td></tr>
<tr><th class="l2">目标设定</th><td colspan="2" class="name"></td><td class="val"></td><td class="val"></td></tr>
<tr><th class="l2">预算编制</th><td colspan="2" class="name"></td><td class="val"></td><td class="val"></td></tr>
<tr><th rowspan="6" class="l1">过程</th><th class="l2">预算执行</th><td colspan="2" class="name"></td><td class="val"></td><td class="val"></td></tr>
<tr><th class="l2">预算管理</th><td colspan="2" class="name"></td><td class="val"></td><td class="val"></td></tr>
<tr><th class="l2">资产管理</th><td colspan="2" class="name"></td><td class="val"></td><td class="val"></td></tr>
<tr><th class="l2">项目管理</th><td colspan="2" class="name"></td><td class="val"></td><td class="val"></td></tr>
<tr><th class="l2">人员管理</th><td colspan="2" class="name"></td><td class="val"></td><td class="val"></td></tr>
<tr><th class="l2">机构建设</th><td colspan="2" class="name"></td><td class="val"></td><td class="val"></td></tr>
</tbody>
</table>
<table class="grid ind six">
<colgroup><col class="l1"><col class="l2"><col class="kw"><col class="l3"><col class="val"><col class="val"></colgroup>
<thead><tr><th>一级指标</th><th>二级指标</th><th>重点工作</th><th>三级指标</th><th>半年指标值</th><th>全年指标值</th></tr></thead>
<tbody>
<tr><th rowspan="3" class="l1">履职</th><th rowspan="3" class="l2">医学鉴定工作</th><th rowspan="2" class="kw">各类医学鉴定</th><td class="name">案件办理率</td><td class="val">≥98%</td><td class="val">≥98%</td></tr>
<tr><td class="name">鉴定文书合格率</td><td class="val">≥95%</td><td class="val">≥95%</td></tr>
<tr><th class="kw">专家库管理</th><td class="name">专家培训</td><td class="val">=50%</td><td class="val">=100%</td></tr>
</tbody>
</table>
<table class="grid ind six">
<colgroup><col class="l1"><col class="l2"><col class="kw"><col class="l3"><col class="val"><col class="val"></colgroup>
<thead><tr><th>一级指标</th><th>二级指标</th><th colspan="2">三级指标</th><th>半年指标值</th><th>全年指标值</th></tr></thead>
<tbody>
<tr><th rowspan="4" class="l1">效益指标</th><th class="l2">经济效益</th><td colspan="2" class="name"></td><td class="val"></td><td class="val"></td></tr>
<tr><th class="l2">社会效益</th><td colspan="2" class="name">学术引领作用</td><td class="val">较高</td><td class="val">较高</td></tr>
<tr><th class="l2">生态效益</th><td colspan="2" class="name"></td><td class="val"></td><td class="val"></td></tr>
<tr><th class="l2">可持续影响</th><td colspan="2" class="name"></td><td class="val"></td><td class="val"></td></tr>
<tr><th class="l1">满意度指标</th><th class="l2">服务对象满意度</th><td colspan="2" class="name"></td><td class="val"></td><td class="val"></td></tr>
</tbody>
</table>
