# E0503: A parent expense that is not the sum of its children.
# The first run breaks exactly that rule; the second is the correct twin, silent.
=== file: bad.jx (fixture 通用项目, replacing)
        业务费 全年 90
=== with
        业务费 全年 90 {
            培训费 全年 50
            会议费 全年 30
        }
=== file: good.jx (fixture 通用项目, replacing)
        业务费 全年 90
=== with
        业务费 全年 90 {
            培训费 全年 60
            会议费 全年 30
        }
=== run
jxc check --lang=en bad.jx
=== stderr
bad.jx:15:16: error[E0503]: expense '业务费': its 全年 amount 90 differs from the sum of its lines 80 (培训费 50 + 会议费 30): a difference of 10
   |
15 |         业务费 全年 90 {
   |                     ^^
1 error
=== exit
1
=== run
jxc check --lang=en good.jx
