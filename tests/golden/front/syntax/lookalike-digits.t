# A letter typed for a digit (9O for 90, 1l for 11) leaves the % or the decimal point after it
# unreadable (or splits the measure: ≥1O0人次 is a syntax error at '0人次'): the error is at the
# character after the letter, so a help line names the run that holds the
# letter and writes it with digits. A run that starts with a letter (a code such as A1) or
# holds other letters gets no such help, and the correct value is no error at all.
=== file: t.jx
项目 A {
    指标 {
        产出指标 {
            数量指标 {
                满意度 ≥9O%
                培训人次 ≥1O0人次
                合格率 ≥1l.5%
                编号 AO1%
                达标率 ≥9x%
                完成率 ≥90%
            }
        }
    }
}
=== run
jxc check --lang=en t.jx; jxc check t.jx
=== stderr
t.jx:5:24: error[E0106]: unexpected character '%'
  |
5 |                 满意度 ≥9O%
  |                           ^
  = help: '9O' holds letters that look like digits: if it is a number, write '90%'
t.jx:6:25: error[E0201]: syntax error: expected a string or '{' or end of line, found '0人次'
  |
6 |                 培训人次 ≥1O0人次
  |                             ^^^^^
  = help: '1O' holds letters that look like digits: if it is a number, write '100人次'
t.jx:7:24: error[E0106]: unexpected character '.'
  |
7 |                 合格率 ≥1l.5%
  |                           ^
  = help: '1l' holds letters that look like digits: if it is a number, write '11'
t.jx:8:23: error[E0106]: unexpected character '%'
  |
8 |                 编号 AO1%
  |                         ^
t.jx:9:24: error[E0106]: unexpected character '%'
  |
9 |                 达标率 ≥9x%
  |                           ^
5 errors
t.jx:5:24: error[E0106]: 无法识别的字符 '%'
  |
5 |                 满意度 ≥9O%
  |                           ^
  = help: '9O' 中有看起来像数字的字母：若是数字，请写作 '90%'
t.jx:6:25: error[E0201]: 语法错误：此处应为字符串或'{'或行尾，却遇到'0人次'
  |
6 |                 培训人次 ≥1O0人次
  |                             ^^^^^
  = help: '1O' 中有看起来像数字的字母：若是数字，请写作 '100人次'
t.jx:7:24: error[E0106]: 无法识别的字符 '.'
  |
7 |                 合格率 ≥1l.5%
  |                           ^
  = help: '1l' 中有看起来像数字的字母：若是数字，请写作 '11'
t.jx:8:23: error[E0106]: 无法识别的字符 '%'
  |
8 |                 编号 AO1%
  |                         ^
t.jx:9:24: error[E0106]: 无法识别的字符 '%'
  |
9 |                 达标率 ≥9x%
  |                           ^
5 个错误
=== exit
1
