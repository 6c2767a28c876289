# jxc import of a workbook jxc build -f xlsx wrote: each form sheet read back by the form's
# own layout (header fields, the funds block, the indicator table with its merged cells), the
# workbook's flat 指标 sheet recognised as a list of the same indicators and not imported
# twice (N1006). The total the form prints is written as the funds' first line, so that jx
# checks the sum (the workbook cannot tell a written total from a summed one). The .jx comes
# out formatted; it builds to the same JSON (source lines aside),
# and its own workbook imports to the same text again.
=== file: t.jx (fixture 通用项目)
=== file: same.py
import json, sys
def strip(x):
    if isinstance(x, dict): return {k: strip(v) for k, v in x.items() if k not in ("source", "total_written")}
    if isinstance(x, list): return [strip(v) for v in x]
    return x
a, b = (strip(json.load(open(p))) for p in sys.argv[1:3])
print("same JSON" if a == b else "DIFFERENT JSON")
=== run
jxc build -f xlsx -o t.xlsx t.jx && jxc import t.xlsx
=== stdout
项目 培训项目 {
    表式 通用项目
    年度 2025
    主管部门 某某局
    开始时间 2025
    完成时间 2025
    资金 {
        资金总额 90
        财政拨款 90
    }
    支出 {
        业务费 90
    }
    年度目标 完成年度任务
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
            }
        }
        满意度指标 {
            服务对象满意度指标 {
                学员满意度 ≥90%
            }
        }
    }
}
=== stderr
jxc: note[N1006]: t.xlsx 工作表 '指标' 是其他工作表各表指标的清单，不再重复导入
1 个提示
jxc: 从 't.xlsx' 导入了 1 张表
=== run
jxc import -o back.jx t.xlsx 2>/dev/null && jxc build -f json -o a.json t.jx && jxc build -f json -o b.json back.jx && python3 same.py a.json b.json
=== stdout
same JSON
=== run
jxc build -f xlsx -o back.xlsx back.jx && jxc import back.xlsx 2>/dev/null > again.jx && cmp back.jx again.jx && echo "imports the same again"
=== stdout
imports the same again
=== run
jxc --lang=en import --diagnostics=json t.xlsx -o /dev/null 2>&1 | python3 -c 'import json,sys; print([json.loads(l)["code"] for l in sys.stdin if l.strip()])'
=== stdout
['N1006']
