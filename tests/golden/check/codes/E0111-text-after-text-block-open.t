# E0111: text after the opening """ of a block that goes on over lines. It used to become the
# value's first line silently, and since it has no indentation, none was cut from the lines
# below it (年度目标 was "完成\n        培训任务"). A block on one line, """完成培训任务""", and
# one whose text starts on the next line are fine.
# The first run breaks exactly that rule; the second is the correct twin, silent.
=== file: bad.jx (fixture 通用项目, replacing)
    年度目标 "完成年度任务"
=== with
    年度目标 """完成
        培训任务
        """
=== file: good.jx (fixture 通用项目, replacing)
    年度目标 "完成年度任务"
=== with
    年度目标 """
        完成
        培训任务
        """
    中长期目标 """完成培训任务"""
=== run
jxc check --lang=en bad.jx
=== stderr
bad.jx:5:13: error[E0111]: text '完成' after the opening """ of a multi-line string, on its line
  |
5 |     年度目标 """完成
  |                 ^^^^
  = help: move the text to the next line: the opening """ ends its line (text of one line may be written """text""")
1 error
=== exit
1
=== run
jxc check --lang=en good.jx
