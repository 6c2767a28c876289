# Suggestions that make sense: a one-character unit that no declaration knows gets no
# suggestion (any other character is one edit away: 埸 was "did you mean 瓶?"); a money unit
# written without its 元 (300万/月) suggests 万元/月 (it was "个月"); a category name without its
# 指标 suggests the name with it.
=== file: t.jx
项目 甲 {
    表式 江苏省级项目
    年度 2023
    指标 {
        产出指标 {
            数量指标 {
                场次 ≥3埸
            }
            成本指标 {
                月成本 ≤300万/月
            }
        }
    }
}
=== file: g.jx
表式 我的表 {
    标题 "测试"
    指标框架 {
        效益指标 {
            社会效益指标
        }
    }
}
项目 乙 {
    表式 我的表
    年度 2023
    指标 {
        效益指标 {
            社会效益 {
                受益人数 ≥100人
            }
        }
    }
}
=== run
jxc --lang=en check t.jx 2>&1 | grep -A4 "E0307"
=== stdout
t.jx:7:22: error[E0307]: unknown unit '埸'
  |
7 |                 场次 ≥3埸
  |                        ^^
t.jx:10:26: error[E0307]: unknown unit '/月'
   |
10 |                 月成本 ≤300万/月
   |                              ^^^
   = help: did you mean '万元/月'?
=== run
jxc --lang=en check g.jx 2>&1 | grep -A4 "E0306"
=== stdout
g.jx:14:13: error[E0306]: 一级 category '效益指标' has no 二级 category '社会效益' (form '我的表')
   |
14 |             社会效益 {
   |             ^^^^^^^^
   = help: did you mean '社会效益指标'?
