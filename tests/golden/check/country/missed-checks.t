# The mistakes of real tables that jxc missed (issue 13), each beside a correct twin:
#   W0418 a target with no unit (85: 85 what?)
#   W0407 a rate whose name ends in a parenthesis (成活率(%)) and whose target is no ratio
#   W0419 a 成本指标 target that is no amount (500人/天; the money written in the name)
#   W0420 a unit that reads two ways (射程 ≥80M: metres or 兆?)
#   W0604 a 时效 target after the project's period ends
#   W0709 the blank form's placeholder left in a value or a name (≥**%, XX)
#   W0710 a category's name as a 三级 indicator
#   W0711 one indicator under two categories
#   W0712 indicators but no amount at all
=== file: bad.jx
项目 植树造林 {
    表式 通用项目
    年度 2023
    年度目标 "造林"
    项目期 2023年1月-2023年12月
    指标 {
        产出指标 {
            数量指标 {
                造林面积 85
                "成活率(%)" 85
                雾炮车射程 ≥80M
                XX完成率 ≥**%
                苗木数量 ≥10000株
            }
            质量指标 {
                苗木数量 ≥10000株
            }
            时效指标 {
                完成时间 ≤2024年6月
            }
        }
        成本指标 {
            经济成本指标 {
                人工成本 ≤500人/天
                项目总成本20万元 =100%
                社会成本指标 ≤1万元
            }
        }
        效益指标 {
            生态效益指标 {
                森林覆盖率 高中低
            }
        }
        满意度指标 {
            服务对象满意度指标 {
                群众满意度 ≥90%
            }
        }
    }
}
=== file: good.jx
项目 植树造林 {
    表式 通用项目
    年度 2023
    年度目标 "造林"
    项目期 2023年1月-2023年12月
    资金 {
        财政拨款 20
    }
    指标 {
        产出指标 {
            数量指标 {
                造林面积 ≥85亩
                "成活率(%)" ≥85%
                雾炮车射程 ≥80米
                苗木数量 ≥10000株
            }
            质量指标 {
                苗木成活率 ≥85%
            }
            时效指标 {
                完成时间 ≤2023年6月
            }
        }
        成本指标 {
            经济成本指标 {
                人工成本 ≤500元/人/天
                项目总成本 ≤20万元
            }
        }
        效益指标 {
            生态效益指标 {
                森林覆盖率 ≥30%
            }
        }
        满意度指标 {
            服务对象满意度指标 {
                群众满意度 ≥90%
            }
        }
    }
}
=== run
jxc --lang=en check bad.jx
=== stderr
bad.jx:1:4: warning[W0712]: '植树造林' has indicators but no amount at all: no funds, total or expenses
  |
1 | 项目 植树造林 {
  |      ^^^^^^^^
bad.jx:9:22: warning[W0418]: '造林面积': the target 85 has no unit
  |
9 |                 造林面积 85
  |                          ^^
  = help: write its unit, such as 85人次 or 85%
bad.jx:10:26: warning[W0407]: '成活率(%)' is a rate, but its target 85 is not a ratio
   |
10 |                 "成活率(%)" 85
   |                             ^^
   = help: write a rate's target as a percentage (≥95%); if it counts things, name it as a count
bad.jx:11:26: warning[W0420]: the unit 'M' reads two ways; read as 容量 here
   |
11 |                 雾炮车射程 ≥80M
   |                               ^
   = help: write the unit meant: 米, 兆 …
bad.jx:12:17: warning[W0709]: 'XX完成率' is the blank form's hint, not what was meant
   |
12 |                 XX完成率 ≥**%
   |                 ^^^^^^^^
   = help: replace it with the real name or target (** and XX are the template's placeholders)
bad.jx:12:23: warning[W0709]: '≥**%' is the blank form's hint, not what was meant
   |
12 |                 XX完成率 ≥**%
   |                          ^^^^
   = help: replace it with the real name or target (** and XX are the template's placeholders)
bad.jx:16:17: warning[W0711]: indicator '苗木数量' is written both under 产出指标 › 数量指标 and under 产出指标 › 质量指标
   |
16 |                 苗木数量 ≥10000株
   |                 ^^^^^^^^
bad.jx:13:17: note: first written here
   |
13 |                 苗木数量 ≥10000株
   |                 --------
bad.jx:19:22: warning[W0604]: timeliness indicator '完成时间': the target 2024年6月 is after the project's period ends (2023年12月)
   |
19 |                 完成时间 ≤2024年6月
   |                          ^^^^^^^^^^
bad.jx:24:22: warning[W0419]: cost indicator '人工成本': the target ≤500人/天 is no amount of money (计数/时长)
   |
24 |                 人工成本 ≤500人/天
   |                          ^^^^^^^^^
bad.jx:25:27: warning[W0419]: cost indicator '项目总成本20万元': the target =100% is no amount of money (比率)
   |
25 |                 项目总成本20万元 =100%
   |                                  ^^^^^
   = help: the amount is in the name '项目总成本20万元': write it as the target, e.g. ≤20万元
bad.jx:26:17: warning[W0710]: the 三级 indicator '社会成本指标' is named like a category
   |
26 |                 社会成本指标 ≤1万元
   |                 ^^^^^^^^^^^^
   = help: name what the indicator measures; the category's name belongs one level up
bad.jx:31:23: warning[W0709]: '高中低' is the blank form's hint, not what was meant
   |
31 |                 森林覆盖率 高中低
   |                            ^^^^^^
   = help: replace it with the real name or target (** and XX are the template's placeholders)
12 warnings
=== run
jxc --lang=en check good.jx
