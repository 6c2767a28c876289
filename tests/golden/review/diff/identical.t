# Two versions that differ only in layout and comments (and in the spelling of a comparator)
# have no differences: exit 0.
=== file: a.jx
项目 甲 { 表式 通用项目; 年度 2025; 主管部门 某委员会; 年度目标 "x"
  指标 { 产出指标 { 数量指标 { 次数 >= 1次 } } } }
=== file: b.jx
# 排版过的版本
项目 甲 {
    表式 通用项目
    年度 2025
    主管部门 某委员会
    年度目标 "x"
    指标 {
        产出指标 {
            数量指标 {
                次数 ≥1次  # 至少一次
            }
        }
    }
}
=== run
jxc diff a.jx b.jx
=== stdout
没有差异。
