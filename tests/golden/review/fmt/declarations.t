# Declarations other than tables: imports, units and levels (one-line and block forms, the words
# of a block kept on their lines), ordered scales with their '>' spaced, indicator groups and
# forms. A blank line goes around every top-level block.
=== file: d.jx
导入 "other.jx"
单位 立方米 体积
单位 计数 { 台 套
   # 更多
   批 }
等级 很好>好>还行
等级 甲 乙 丙
等级 含糊 {
    还行
}
指标组 共性 { 决策指标 { 项目立项 { 立项依据充分性 充分 } } }
表式 我的表 {
  标题 "我的表"
  对象 项目
  字段 {
     主管部门 文本 必填
     年度目标 文本
  }
}
=== run
jxc fmt d.jx
=== stdout
导入 "other.jx"
单位 立方米 体积

单位 计数 {
    台 套
    # 更多
    批
}

等级 很好 > 好 > 还行
等级 甲 乙 丙

等级 含糊 {
    还行
}

指标组 共性 {
    决策指标 {
        项目立项 {
            立项依据充分性 充分
        }
    }
}

表式 我的表 {
    标题 "我的表"
    对象 项目
    字段 {
        主管部门 文本 必填
        年度目标 文本
    }
}
