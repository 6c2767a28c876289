# One-line strings with escapes, a """ block, a labelled measure, curly quotes inside a string.
=== file: t.jx
"指标 1: 就业率" "a\"b\\c\nd" "“引号”" 被收录数≥1个 被收录数 ≥ 1个
"""
    一是……
    二是……
    """
=== run
jxc tokens t.jx
=== stdout
1:1 STRING "指标 1: 就业率"
1:13 STRING "a\"b\\c\nd"
1:26 STRING "“引号”"
1:33 LABELLED 被收录数≥1个
1:41 WORD 被收录数
1:46 CMP ≥
1:48 MEASURE 1个
1:50 NL
2:1 STRING """
    一是……
    二是……
    """
5:8 NL
