# Found by libFuzzer (run 4, after 2 h 10 min of fuzzing in all): a """ block whose line ends
# in a stray carriage return followed by blanks (a BOM, CRLF elsewhere). The CR was kept as
# text, and jxc fmt, whose output must parse back to the same tree, refused the file with an
# internal error. A CR among a line's trailing blanks is now a blank, like the others, so the
# value is 第一行 and fmt formats the file.
=== file: crlf.jx (escaped)
\xEF\xBB\xBF# \xE6\xB3\xA8\xE9\x87\x8A\x0D\x0A\xE9\xA1\xB9\xE7\x9B\xAE \xE7\x94\xB2 {\x0D\x0A  \xE5\xB9\xB4\xE5\xBA\xA6\xE7\x9B\xAE\xE6\xA0\x87 """\x0D\x0A    \xE7\xAC\xAC\xE4\xB8\x80\xE8\xA1\x8C\x0D   """\x0D\x0A  \xE8\xB5\x84\xE9\x87\x81 { \xE8\xB4\xA2\xE6\x94\xBF\xE6\x8B\xA8\xE6\xAC\xBE 1 }  # \xE8\xB5\x84\xE9\x87\x91\x0D\x0A}\x0D\x0A
=== run
jxc fmt crlf.jx; echo "exit $?"
jxc fmt crlf.jx | jxc fmt --check - && echo "formatted output is stable"
=== stdout
# 注释
项目 甲 {
    年度目标 """
        第一行
        """
    资釁 {
        财政拨款 1
    }  # 资金
}
exit 0
formatted output is stable
