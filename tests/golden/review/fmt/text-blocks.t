# A """ block is re-indented one level deeper than its statement, whatever its indentation
# was; its text (relative indentation, blank lines) stays the same. A block of one line stays
# on its line, unless its text ends with a quote. (Text after the opening """ of a block over
# lines is an error, E0111: check/codes/E0111-text-after-text-block-open.t.)
=== file: t.jx
默认 {
  表式 通用项目
}
项目 文本 {
        年度目标 """
                  第一段
                    缩进的第二行

                  第三段
                  """
    主管部门 """单行"""
    项目负责人 """
        结尾是引号"
        """
}
=== run
jxc fmt t.jx
=== stdout
默认 {
    表式 通用项目
}

项目 文本 {
    年度目标 """
        第一段
          缩进的第二行

        第三段
        """
    主管部门 """单行"""
    项目负责人 """
        结尾是引号"
        """
}
