# 通用项目 accepts the header of any region: a label printed for one of the form's fields
# (预算部门, 项目执行单位, 年度总体目标) is that field, under the form's name in every output; the
# total printed among the fields (年度资金总额) is the funds' total, checked against the sources;
# any other label is kept as text, in the order written, with one note (N0322); a label one
# character off one of the form's is most likely it misspelt (W0323). The seed forms keep
# their strictness (E0302).
=== file: t.jx
项目 农田建设 {
    表式 通用项目
    年度 2022
    预算部门 某县农业农村局
    项目执行单位 某县农田建设服务中心
    项目类别 基础设施建设类
    资金性质 乡村振兴衔接资金
    年度资金总额 120
    年度总体目标 "建设高标准农田 1 万亩"
    资金 {
        本级资金 100
        上级补助 20
    }
    指标 {
        产出指标 {
            数量指标 {
                新建高标准农田面积 ≥1万亩
            }
            质量指标 {
                验收合格率 =100%
            }
            时效指标 {
                完工及时率 =100%
            }
        }
        成本指标 {
            经济成本指标 {
                亩均建设成本 ≤1200元/亩
            }
        }
        效益指标 {
            社会效益指标 {
                受益农户数 ≥500户
            }
        }
        满意度指标 {
            服务对象满意度指标 {
                受益农户满意度 ≥90%
            }
        }
    }
}
=== file: typo.jx
项目 农田建设 {
    表式 通用项目
    年度 2022
    年度目标 "建设高标准农田"
    项目负责任 张三
    资金 {
        财政拨歀 90
    }
}
=== file: total-wrong.jx
项目 农田建设 {
    表式 通用项目
    年度 2022
    年度目标 "建设高标准农田"
    年度资金总额 130
    资金 {
        本级资金 100
        上级补助 20
    }
}
=== run
jxc check --lang=en t.jx
=== stderr
t.jx:6:5: note[N0322]: form '通用项目' has no such fields; they are kept as text: 项目类别、资金性质
  |
6 |     项目类别 基础设施建设类
  |     ^^^^^^^^
1 note
=== run
jxc build -f json t.jx 2>/dev/null | python3 -c '
import json, sys
p = json.load(sys.stdin)["projects"][0]
print(p["fields"])
print(p["funds"]["total"], [(s["name"], s["amount"]) for s in p["funds"]["sources"]])'
=== stdout
{'主管部门': '某县农业农村局', '实施单位': '某县农田建设服务中心', '年度目标': '建设高标准农田 1 万亩', '项目类别': '基础设施建设类', '资金性质': '乡村振兴衔接资金'}
120 [('本级资金', 100), ('上级补助', 20)]
=== run
jxc build -f csv t.jx 2>/dev/null | tail -n 1 | cut -d, -f1-5
=== stdout
2022,通用项目,某县农业农村局,某县农田建设服务中心,农田建设
=== run
jxc --lang=en check -A W0701 typo.jx
=== stderr
typo.jx:5:5: warning[W0323]: form '通用项目' has no field '项目负责任'; it is kept as text
  |
5 |     项目负责任 张三
  |     ^^^^^^^^^^
  = help: did you mean '项目负责人'?
typo.jx:7:9: warning[W0511]: form '通用项目' has no funding source '财政拨歀'; it is kept as written
  |
7 |         财政拨歀 90
  |         ^^^^^^^^
  = help: did you mean '财政拨款'?
2 warnings
=== run
jxc --lang=en check -A W0701 total-wrong.jx
=== stderr
total-wrong.jx:5:12: error[E0501]: 年度资金总额 is 130, but the sources add up to 120 (本级资金 100 + 上级补助 20): a difference of 10
  |
5 |     年度资金总额 130
  |                  ^^^
1 error
=== exit
1
