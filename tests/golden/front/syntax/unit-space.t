# A measure is written without a space (LANGUAGE.md §3): a unit or a multiplier set apart from
# its number is a syntax error, with a help line that writes the measure as it should be.
# A space between the comparator and the number is fine. A number that ends a word (A1), a
# date or a code gets no such help: it is not a measure; nor does a word that cannot be a unit
# (全年0: 全年 run into its amount, not a unit after 30).
=== file: t.jx
项目 A {
    指标 {
        产出指标 {
            数量指标 {
                养护里程 ≥ 120 公里
                补助标准 = 3　万元
                设备数量 =3台
                参训人次 ≥ 1,200	人次
                办理率 ≥ 90 %
                差错率 ≤5 ‰
                区间 3~5 台
            }
            时效指标 {
                编号 A1 公里
                完成时间 2025-01-01 万元
            }
        }
    }
    支出 {
        业务费 半年 30 全年0
    }
}
=== run
jxc check --lang=en t.jx; jxc check t.jx
=== stderr
t.jx:5:28: error[E0201]: syntax error: expected a string or '{' or end of line, found '公里'
  |
5 |                 养护里程 ≥ 120 公里
  |                                ^^^^
  = help: write the unit or multiplier right after the number, with no space: '120公里'
t.jx:6:26: error[E0201]: syntax error: expected a string or '{' or end of line, found '万元'
  |
6 |                 补助标准 = 3　万元
  |                               ^^^^
  = help: write the unit or multiplier right after the number, with no space: '3万元'
t.jx:8:30: error[E0201]: syntax error: expected a string or '{' or end of line, found '人次'
  |
8 |                 参训人次 ≥ 1,200    人次
  |                                     ^^^^
  = help: write the unit or multiplier right after the number, with no space: '1,200人次'
t.jx:9:26: error[E0106]: unexpected character '%'
  |
9 |                 办理率 ≥ 90 %
  |                             ^
  = help: write the unit or multiplier right after the number, with no space: '90%'
t.jx:10:24: error[E0106]: unexpected character '‰'
   |
10 |                 差错率 ≤5 ‰
   |                           ^
   = help: write the unit or multiplier right after the number, with no space: '5‰'
t.jx:11:24: error[E0201]: syntax error: expected a string or '{' or end of line, found '台'
   |
11 |                 区间 3~5 台
   |                          ^^
   = help: write the unit or multiplier right after the number, with no space: '5台'
t.jx:14:23: error[E0201]: syntax error: expected a string or '{' or end of line, found '公里'
   |
14 |                 编号 A1 公里
   |                         ^^^^
t.jx:15:33: error[E0201]: syntax error: expected a string or '{' or end of line, found '万元'
   |
15 |                 完成时间 2025-01-01 万元
   |                                     ^^^^
t.jx:20:19: error[E0201]: syntax error: expected '全年', found '全年0'
   |
20 |         业务费 半年 30 全年0
   |                        ^^^^^
   = help: put a space between '全年' and the value: '全年 0'
9 errors
t.jx:5:28: error[E0201]: 语法错误：此处应为字符串或'{'或行尾，却遇到'公里'
  |
5 |                 养护里程 ≥ 120 公里
  |                                ^^^^
  = help: 单位或倍数要紧跟在数字后面，中间不留空格：'120公里'
t.jx:6:26: error[E0201]: 语法错误：此处应为字符串或'{'或行尾，却遇到'万元'
  |
6 |                 补助标准 = 3　万元
  |                               ^^^^
  = help: 单位或倍数要紧跟在数字后面，中间不留空格：'3万元'
t.jx:8:30: error[E0201]: 语法错误：此处应为字符串或'{'或行尾，却遇到'人次'
  |
8 |                 参训人次 ≥ 1,200    人次
  |                                     ^^^^
  = help: 单位或倍数要紧跟在数字后面，中间不留空格：'1,200人次'
t.jx:9:26: error[E0106]: 无法识别的字符 '%'
  |
9 |                 办理率 ≥ 90 %
  |                             ^
  = help: 单位或倍数要紧跟在数字后面，中间不留空格：'90%'
t.jx:10:24: error[E0106]: 无法识别的字符 '‰'
   |
10 |                 差错率 ≤5 ‰
   |                           ^
   = help: 单位或倍数要紧跟在数字后面，中间不留空格：'5‰'
t.jx:11:24: error[E0201]: 语法错误：此处应为字符串或'{'或行尾，却遇到'台'
   |
11 |                 区间 3~5 台
   |                          ^^
   = help: 单位或倍数要紧跟在数字后面，中间不留空格：'5台'
t.jx:14:23: error[E0201]: 语法错误：此处应为字符串或'{'或行尾，却遇到'公里'
   |
14 |                 编号 A1 公里
   |                         ^^^^
t.jx:15:33: error[E0201]: 语法错误：此处应为字符串或'{'或行尾，却遇到'万元'
   |
15 |                 完成时间 2025-01-01 万元
   |                                     ^^^^
t.jx:20:19: error[E0201]: 语法错误：此处应为'全年'，却遇到'全年0'
   |
20 |         业务费 半年 30 全年0
   |                        ^^^^^
   = help: '全年' 与数值之间要有空格：'全年 0'
9 个错误
=== exit
1
