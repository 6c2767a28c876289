# A file with a byte order mark and CRLF line ends formats exactly like its LF version: no BOM,
# LF, and the '\r' is not kept in comments.
=== file: w.jx (escaped)
\xEF\xBB\xBF# 注释\r\n项目 甲 {\r\n  年度目标 """\r\n    第一行\r\n    第二行\r\n    """\r\n  资金 { 财政拨款 1 }  # 资金\r\n}\r\n
=== run
jxc fmt w.jx | od -c | grep -c '\\r'; jxc fmt w.jx
=== stdout
0
# 注释
项目 甲 {
    年度目标 """
        第一行
        第二行
        """
    资金 {
        财政拨款 1
    }  # 资金
}
