# E0415: 半年 values on a form without 半年 columns.
# The first run breaks exactly that rule; the second is the correct twin, silent.
=== file: bad.jx (fixture 通用项目, replacing)
                合格率 ≥95%
=== with
                合格率 半年 ≥95% 全年 ≥95%
=== file: good.jx (fixture 通用项目)
=== run
jxc check --lang=en bad.jx
=== stderr
bad.jx:23:21: error[E0415]: form '通用项目' has no 半年 column
   |
23 |                 合格率 半年 ≥95% 全年 ≥95%
   |                        ^^^^
1 error
=== exit
1
=== run
jxc check --lang=en good.jx
