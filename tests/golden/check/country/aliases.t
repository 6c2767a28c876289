# A file may declare aliases for every form (别名 at the top level): here 承办单位 is 实施单位
# on the strict 江苏省级项目 form too. A name given two meanings is an error (E0316). jxc fmt
# keeps the declaration.
=== file: aliases.jx
别名 {
    实施单位 承办单位
}
=== file: t.jx (fixture 江苏省级项目, replacing)
    实施单位 江苏省医学会
=== with
    承办单位 江苏省医学会
=== file: twice.jx
别名 {
    实施单位 承办单位
    主管部门 承办单位
}
=== run
jxc check --lang=en aliases.jx t.jx
=== run
jxc build -f csv aliases.jx t.jx | tail -n 1 | cut -d, -f1-5
=== stdout
2025,江苏省级项目,江苏省卫生健康委员会,江苏省医学会,培训项目
=== run
jxc check --lang=en twice.jx
=== stderr
twice.jx:3:10: error[E0316]: '承办单位' is declared twice
  |
3 |     主管部门 承办单位
  |              ^^^^^^^^
twice.jx:2:10: note: first declared here
  |
2 |     实施单位 承办单位
  |              --------
1 error
=== exit
1
=== run
jxc fmt --check aliases.jx
