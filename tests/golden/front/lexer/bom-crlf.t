# A BOM is skipped and CRLF ends a line like LF: the columns do not count the BOM.
=== file: t.jx (escaped)
\xEF\xBB\xBF年度 2025\r\n表式 x\r\n
=== run
jxc tokens t.jx
=== stdout
1:1 WORD 年度
1:4 MEASURE 2025
1:9 NL
2:1 FORM 表式
2:4 WORD x
2:6 NL
