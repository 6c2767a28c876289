# Statements end at a line break or ';'; blank lines, comments and the ideographic space are not tokens.
=== file: t.jx
# 注释
默认 {　年度 2025;  表式 江苏省级项目 }


项目 A
{
}
=== run
jxc tokens t.jx
=== stdout
1:5 NL
2:1 DEFAULTS 默认
2:4 LBRACE {
2:6 WORD 年度
2:9 MEASURE 2025
2:13 NL ;
2:16 FORM 表式
2:19 WORD 江苏省级项目
2:26 RBRACE }
2:27 NL
3:1 NL
4:1 NL
5:1 PROJECT 项目
5:4 WORD A
5:5 NL
6:1 LBRACE {
6:2 NL
7:1 RBRACE }
7:2 NL
1:1 COMMENT # 注释
