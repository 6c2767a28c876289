# Every kind of comment stays where it was: before a statement, after it on its line, after a
# '{' (also when the '{' is on the next line), before a '}', between statements written on one
# line with ';', after a one-line block's '}', and at the end of the file. Blank lines before
# comments are kept (one at most); trailing comments of consecutive lines line up.
=== file: c.jx
# 文件开头


# 第二段注释
默认 {   # 默认块
    表式 通用项目   # 表式
    年度 2025 # 年度
    主管部门 某委员会
    # 默认块末尾
}
项目 甲   # 项目行上的注释
{
    # 第一条之前
    年度目标 "目标"

    # 空行之后
    资金 { 财政拨款 10; 其他资金 0  # 其他
    }
    指标 { 产出指标 { 数量指标 { 次数 ≥1次 } } }  # 一行的块


    # 两个空行之后（只留一个）
}
# 文件末尾
=== run
jxc fmt c.jx
=== stdout
# 文件开头

# 第二段注释
默认 {  # 默认块
    表式 通用项目  # 表式
    年度 2025      # 年度
    主管部门 某委员会
    # 默认块末尾
}

项目 甲 {  # 项目行上的注释
    # 第一条之前
    年度目标 "目标"

    # 空行之后
    资金 {
        财政拨款 10
        其他资金 0  # 其他
    }
    指标 {
        产出指标 {
            数量指标 {
                次数 ≥1次
            }
        }
    }  # 一行的块

    # 两个空行之后（只留一个）
}
# 文件末尾
