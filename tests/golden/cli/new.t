# jxc new writes a table to fill in: every field of the form in its order (required first,
# with a comment saying the type or the allowed words), the funding sources, the categories of
# the framework, empty. It compiles with warnings only, which say what is left (W0324, W0701);
# W0324 is not given once the field is filled in. A form of one's own is given by its file.
=== file: form.jx
表式 我的表 {
    标题 "我的项目表"
    对象 项目
    字段 {
        负责科室 选项 一科 二科 必填
        备注 文本
    }
    资金来源 {
        本级资金
    }
    指标框架 {
        产出指标 {
            数量指标 必填
        }
    }
}
=== run
jxc new 我的表 培训 form.jx
=== stdout
# 我的表（我的项目表）：按表上的顺序列出字段、资金来源和指标框架。
# 标着“必填”的字段要填写；其余的可以填写，也可以删去。
项目 培训 {
    表式 我的表
    年度 ""      # 必填 · 年份，如 2026
    负责科室 ""  # 必填 · 可选：一科、二科
    备注 ""      # 文本

    # 金额以 万元 计；资金总额是各项之和，也可以写出来核对。
    资金 {
        本级资金 0
    }

    支出 {
        # 每行一项支出：名称 数额
    }

    指标 {
        产出指标 {
            数量指标 {
                # 三级指标 指标值
            }
        }
    }
}
=== run
jxc new 我的表 培训 form.jx -o t.jx && jxc check --lang=en form.jx t.jx
=== stderr
t.jx:5:8: warning[W0324]: the required field '年度' is not filled in yet
  |
5 |     年度 ""      # 必填 · 年份，如 2026
  |          ^^
t.jx:6:10: warning[W0324]: the required field '负责科室' is not filled in yet
  |
6 |     负责科室 ""  # 必填 · 可选：一科、二科
  |              ^^
t.jx:18:5: warning[W0701]: '培训' has no indicator under 产出指标
   |
18 |     指标 {
   |     ^^^^
3 warnings
=== run
sed -e 's/年度 ""/年度 2026/' -e 's/负责科室 ""/负责科室 一科/' -e 's/# 三级指标 指标值/培训人次 ≥100人次/' t.jx > done.jx && jxc check --lang=en form.jx done.jx
=== run
jxc --lang=en new 通用项木
=== stderr
jxc: unknown form '通用项木': did you mean '通用项目'?
=== exit
2
=== run
jxc --lang=en new
=== stderr
jxc: 'new' needs at least one file or directory
(see 'jxc help')
=== exit
2
=== run
jxc help 表式 我的表 form.jx
=== stdout
表式 我的表 —— 我的项目表

对象：项目　金额单位：万元　半年列：无　总额：资金总额

字段（按表上的顺序；* 为必填；另有 表式、年度、金额单位）：
  * 负责科室　选项：一科、二科
    备注　文本

资金来源（按行序）：
  本级资金

指标框架（带 * 的二级要有指标）：
  产出指标
    * 数量指标
