# A letter typed for a digit (9O for 90, 1l for 11) leaves the % or the decimal point after it
# unreadable: the error is at that character, so a help line names the run that holds the
# letter and writes it with digits. A run that starts with a letter (a code such as A1) or
# holds other letters gets no such help, and the correct value is no error at all.
=== file: t.jx
项目 A {
    指标 {
        产出指标 {
            数量指标 {
                满意度 ≥9O%
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
t.jx:6:24: error[E0106]: unexpected character '.'
  |
6 |                 合格率 ≥1l.5%
  |                           ^
  = help: '1l' holds letters that look like digits: if it is a number, write '11'
t.jx:7:23: error[E0106]: unexpected character '%'
  |
7 |                 编号 AO1%
  |                         ^
t.jx:8:24: error[E0106]: unexpected character '%'
  |
8 |                 达标率 ≥9x%
  |                           ^
4 errors
t.jx:5:24: error[E0106]: 无法识别的字符 '%'
  |
5 |                 满意度 ≥9O%
  |                           ^
  = help: '9O' 中有看起来像数字的字母：若是数字，请写作 '90%'
t.jx:6:24: error[E0106]: 无法识别的字符 '.'
  |
6 |                 合格率 ≥1l.5%
  |                           ^
  = help: '1l' 中有看起来像数字的字母：若是数字，请写作 '11'
t.jx:7:23: error[E0106]: 无法识别的字符 '%'
  |
7 |                 编号 AO1%
  |                         ^
t.jx:8:24: error[E0106]: 无法识别的字符 '%'
  |
8 |                 达标率 ≥9x%
  |                           ^
4 个错误
=== exit
1
