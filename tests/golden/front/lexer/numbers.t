# Numbers, comma groups, decimals, negatives; multipliers and units stay in the measure token.
=== file: t.jx
90 4156.84 5,000,000.00 0.05 -5%
3万元 620000万条 ≥10万 2.70万元/人/年 2百分点 5‰ 100％ 3台 178天
≥60000.00(人次) <6.00(元/人次) =2.70（万元/人/年） >95.00(%)
=== run
jxc tokens t.jx
=== stdout
1:1 MEASURE 90
1:4 MEASURE 4156.84
1:12 MEASURE 5,000,000.00
1:25 MEASURE 0.05
1:30 MEASURE -5%
1:33 NL
2:1 MEASURE 3万元
2:5 MEASURE 620000万条
2:14 CMP ≥
2:15 MEASURE 10万
2:19 MEASURE 2.70万元/人/年
2:30 MEASURE 2百分点
2:35 MEASURE 5‰
2:38 MEASURE 100％
2:43 MEASURE 3台
2:46 MEASURE 178天
2:50 NL
3:1 CMP ≥
3:2 MEASURE 60000.00(人次)
3:15 CMP <
3:16 MEASURE 6.00(元/人次)
3:27 CMP =
3:28 MEASURE 2.70（万元/人/年）
3:41 CMP >
3:42 MEASURE 95.00(%)
3:50 NL
