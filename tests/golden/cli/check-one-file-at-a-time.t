# jxc check reads the files one at a time when none declares anything (check_stream.c), and
# must say exactly what compiling them all at once says (JX_NO_STREAM=1): the checks across
# files (a department's 项目支出 against the project, E0507; the same project twice, E0309),
# pragmas, and, when a later file has a syntax error, nothing but the syntax errors. A file
# that declares something (here a level) makes the whole check go the usual way.
=== file: d/a-department.jx
部门 江苏省医学会 {
    表式 江苏省级部门整体
    年度 2025
    主要职能 "开展医学学术交流"
    机构设置及人员配置 "办公室等"
    中长期目标 "服务全省卫生健康事业"
    年度目标 "完成年度任务"
    资金 {
        一般公共预算资金 180
    }
    支出 {
        基本支出 半年 50 全年 100
        项目支出 半年 30 全年 80 {
            培训项目 半年 30 全年 80
        }
    }
}
=== file: d/b-project.jx
默认 {
    表式 江苏省级项目
    年度 2025
    主管部门 江苏省卫生健康委员会
    实施单位 江苏省医学会
    项目级次 省本级
    项目类型 常年安排项目
    开始时间 2025年
    完成时间 2025年
    年度目标 "完成年度任务"
}

项目 培训项目 {
    资金 {
        一般公共预算资金 90
    }
    支出 {
        业务费 半年 30 全年 90
    }
    指标 {
        引用 江苏省级项目共性指标
        产出指标 {
            数量指标 {
                培训人次 半年 ≥50人次 全年 ≥100人次
            }
            质量指标 {
                合格率 半年 ≥95% 全年 ≥95%
            }
            时效指标 {
                及时率 半年 =100% 全年 =100%
            }
            成本指标 {
                项目总成本 半年 ≤总成本预算数 全年 ≤总成本预算数
            }
        }
        效益指标 {
            社会效益 {
                知晓率 半年 ≥80% 全年 ≥80%
            }
        }
        满意度指标 {
            服务对象满意度 {
                满意度 半年 ≥90% 全年 ≥90%
            }
        }
    }
}
=== file: d/c-project-again.jx
默认 {
    表式 江苏省级项目
    年度 2025
    主管部门 江苏省卫生健康委员会
    实施单位 江苏省医学会
    项目级次 省本级
    项目类型 常年安排项目
    开始时间 2025年
    完成时间 2025年
    年度目标 "完成年度任务"
}

# jxc: allow W0702
项目 培训项目 {
    资金 {
        一般公共预算资金 90
    }
    支出 {
        业务费 半年 30 全年 90
    }
    指标 {
        引用 江苏省级项目共性指标
        产出指标 {
            数量指标 {
                培训人次 半年 ≥50人次 全年 ≥100人次
            }
            质量指标 {
                合格率 半年 ≥95% 全年 ≥95%
            }
            时效指标 {
                及时率 半年 =100% 全年 =100%
            }
            成本指标 {
                项目总成本 半年 ≤总成本预算数 全年 ≤总成本预算数
            }
        }
        效益指标 {
            社会效益 {
                知晓率 半年 ≥80% 全年 ≥80%
            }
        }
        满意度指标 {
            服务对象满意度 {
                满意度 半年 ≥90% 全年 ≥90%
            }
        }
    }
}
=== file: bad/z-syntax.jx
项目 缺括号 {
    年度 2025
=== file: decl/levels.jx
等级 甲 > 乙
=== run
for args in "d" "d bad" "--max-errors=1 d bad" "d decl"; do
  jxc check --lang=en $args > one.txt 2>&1; echo "exit $?" >> one.txt
  JX_NO_STREAM=1 jxc check --lang=en $args > all.txt 2>&1; echo "exit $?" >> all.txt
  if cmp -s one.txt all.txt; then echo "jxc check $args: the same"; else echo "jxc check $args: DIFFERENT"; diff all.txt one.txt; fi
done
echo "--- jxc check d bad:"; jxc check --lang=en d bad
echo "--- jxc check d:"; jxc check --lang=en d 2>&1 | grep -E "^[a-z/-]+\.jx:[0-9]+:[0-9]+: |^[0-9]+ error"
=== stdout
jxc check d: the same
jxc check d bad: the same
jxc check --max-errors=1 d bad: the same
jxc check d decl: the same
--- jxc check d bad:
--- jxc check d:
d/a-department.jx:1:4: warning[W0701]: '江苏省医学会' has no indicator under 效益指标
d/a-department.jx:1:4: warning[W0701]: '江苏省医学会' has no indicator under 满意度指标
d/a-department.jx:14:27: error[E0507]: the department gives project '培训项目' 80 万元, but that project's table of the same 年度 has a 资金总额 of 90 万元
d/b-project.jx:13:4: note: project '培训项目' states its 资金总额 here
d/c-project-again.jx:14:4: error[E0309]: duplicate table: '培训项目' (2025, 江苏省医学会) is already declared
d/b-project.jx:13:4: note: first declared here
2 errors, 2 warnings
=== stderr
bad/z-syntax.jx:3:1: error[E0202]: '}' expected (to close '{' at line 1)
  |
3 | 
  | ^
bad/z-syntax.jx:1:8: note: '{' opened here
  |
1 | 项目 缺括号 {
  |             -
1 error
