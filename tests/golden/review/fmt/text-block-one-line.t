# A """ block whose text is one line keeps the layout it was written in: over lines (a long
# paragraph stays readable) or on one line.
=== file: t.jx
项目 A {
  立项必要性 """
            根据国务院《医疗事故处理条例》，医疗事故技术鉴定是省市医学会的法定职责。
            """
  年度目标 """一行写完的目标"""
}
=== run
jxc fmt t.jx
=== stdout
项目 A {
    立项必要性 """
        根据国务院《医疗事故处理条例》，医疗事故技术鉴定是省市医学会的法定职责。
        """
    年度目标 """一行写完的目标"""
}
