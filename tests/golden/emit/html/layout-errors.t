# Mistakes in a form's 版式 are reported where they are written: a cell that names no field
# (E0302, with the closest name), an item the 版式 does not know (E0318), a bad value
# (E0317: 千分位 takes 是 or 否; a funds row naming no source; a width out of 1–12), the wrong
# number of values (E0330: a 宽 for each cell, as many 列 and 支出 headings as the form has
# value columns, a 合并 of at least one field).
=== file: form.jx
表式 坏版式 {
    标题 "坏"
    对象 项目
    半年 否
    字段 {
        主管部门 文本
        实施单位 文本
    }
    资金来源 {
        财政
    }
    指标框架 {
        产出 {
            数量
        }
    }
    版式 {
        名称 项目名称
        合并 负责人
        千分位 也许
        行 项目名称 主观部门
        行 实施单位 主管部门 {
            宽 2
        }
        资金 资金 {
            支出 半年 全年
            右 合计 总计
            上 x
        }
        行 实施单位 {
            宽 20
        }
        指标 {
            列 半年 全年
        }
        页眉 "x"
    }
}
=== run
jxc check --lang=en form.jx; jxc check form.jx 2>&1 | grep E0330
=== stdout
form.jx:19:9: error[E0330]: 版式中的 '合并' 需要 2+ 个值，这里写了 1 个
form.jx:23:13: error[E0330]: 版式中的 '宽' 需要 2 个值，这里写了 1 个
form.jx:26:13: error[E0330]: 版式中的 '支出' 需要 1 个值，这里写了 2 个
form.jx:34:13: error[E0330]: 版式中的 '列' 需要 1 个值，这里写了 2 个
=== stderr
form.jx:19:9: error[E0330]: 版式 item '合并' takes 2+ value(s), not 1
   |
19 |         合并 负责人
   |         ^^^^
form.jx:20:13: error[E0317]: form item '千分位' has a bad value: expected 是 | 否
   |
20 |         千分位 也许
   |                ^^^^
form.jx:21:16: error[E0302]: form '坏版式' has no field '主观部门'
   |
21 |         行 项目名称 主观部门
   |                     ^^^^^^^^
   = help: did you mean '主管部门'?
form.jx:23:13: error[E0330]: 版式 item '宽' takes 2 value(s), not 1
   |
23 |             宽 2
   |             ^^
form.jx:26:13: error[E0330]: 版式 item '支出' takes 1 value(s), not 2
   |
26 |             支出 半年 全年
   |             ^^^^
form.jx:27:18: error[E0317]: form item '右' has a bad value: expected 总额 | 资金来源
   |
27 |             右 合计 总计
   |                     ^^^^
form.jx:28:13: error[E0318]: '上' is not a form item
   |
28 |             上 x
   |             ^^
form.jx:31:15: error[E0317]: form item '宽' has a bad value: expected 1–12
   |
31 |             宽 20
   |                ^^
form.jx:34:13: error[E0330]: 版式 item '列' takes 1 value(s), not 2
   |
34 |             列 半年 全年
   |             ^^
form.jx:36:9: error[E0318]: '页眉' is not a form item
   |
36 |         页眉 "x"
   |         ^^^^
10 errors
