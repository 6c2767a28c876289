# Dates as people write them: 2022年1月1日, 2023年11月, 2023.07, 202307, and periods
# (2023.07-2024.01, 2022年3月-2023年11月, 202001-202012, 2020年1月--2020年11月) in the fields the
# form reads dates from (开始时间, 完成时间 of type 时间 on 通用项目, or the 期间 of 项目期 and its
# aliases); the date checks run on them (E0601, W0602, W0603); a date that does not exist is
# E0411; text is kept exactly as written on every output (it was re-spaced: 2022年 3月 …).
=== file: ok.jx
项目 雾炮车服务 {
    表式 通用项目
    年度 2023
    年度目标 "降尘抑尘"
    项目支出实施期 2023.07-2024.01
}
项目 农田建设 {
    表式 通用项目
    年度 2022
    年度目标 "建设高标准农田"
    开始时间 2022年1月1日
    完成时间 2022年12月31日
}
项目 道路养护 {
    表式 通用项目
    年度 2020
    年度目标 "养护道路"
    项目期 2020年1月--2020年11月
}
=== file: bad.jx
项目 甲 {
    表式 通用项目
    年度 2023
    年度目标 "x"
    项目支出实施期 2022年3月-2021年11月
}
项目 乙 {
    表式 通用项目
    年度 2023
    年度目标 "x"
    项目期 202001-203512
}
项目 丙 {
    表式 通用项目
    年度 2023
    年度目标 "x"
    开始时间 2023年2月30日
}
=== run
jxc --lang=en check -A W0701 -A W0705 ok.jx
=== run
jxc build -f json -A W0701 -A W0705 ok.jx | python3 -c '
import json, sys
for p in json.load(sys.stdin)["projects"]:
    print(p["fields"])'
=== stdout
{'项目期': '2023.07-2024.01', '年度目标': '降尘抑尘'}
{'开始时间': '2022年1月1日', '完成时间': '2022年12月31日', '年度目标': '建设高标准农田'}
{'项目期': '2020年1月--2020年11月', '年度目标': '养护道路'}
=== run
jxc --lang=en check -A W0701 -A W0705 bad.jx
=== stderr
bad.jx:5:13: error[E0601]: 项目支出实施期（结束） 2021年11月 is before 项目支出实施期（开始） 2022年3月
  |
5 |     项目支出实施期 2022年3月-2021年11月
  |                    ^^^^^^^^^^^^^^^^^^^^
bad.jx:11:9: warning[W0602]: 项目期（结束） 203512 is 15 years after 项目期（开始） 202001 (more than 10)
   |
11 |     项目期 202001-203512
   |            ^^^^^^^^^^^^^
bad.jx:17:10: error[E0411]: no such date: 2023年2月30日
   |
17 |     开始时间 2023年2月30日
   |              ^^^^^^^^^^^^^
2 errors, 1 warning
=== exit
1
