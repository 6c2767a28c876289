# Dates, years, and digit groups joined by - that are codes (phone numbers, street numbers).
=== file: t.jx
2025-01-01 2025年 2123年 025-83620682 1623-1647 59001573 2025年度
=== run
jxc tokens t.jx
=== stdout
1:1 DATE 2025-01-01
1:12 YEAR 2025年
1:18 YEAR 2123年
1:24 CODE 025-83620682
1:37 CODE 1623-1647
1:47 MEASURE 59001573
1:56 MEASURE 2025年度
1:62 NL
