# Amounts as people write them, in any amount position: 360万 and 1200万 in a table kept in 万元
# (万 alone is of 元: 360万 is 360 万元), 10000万元, 3,309,840.00元 — converted exactly to the
# table's 金额单位. A comparator, a unit of another dimension, or a text (a printed cell that holds
# more than a number) is still not an amount (E0509), not a syntax error.
=== file: wan.jx
项目 雾炮车服务 {
    表式 通用项目
    年度 2023
    年度目标 "降尘抑尘"
    年度本级预算金额 250万
    资金 {
        财政拨款 250万
    }
    支出 {
        服务费 250万元
    }
}
=== file: yuan.jx
项目 物业管理 {
    表式 通用项目
    年度 2021
    年度目标 "物业管理"
    资金 {
        财政拨款 3,309,840.00元
        其他资金 0.5万
    }
}
=== file: bad.jx
项目 物业管理 {
    表式 通用项目
    年度 2021
    年度目标 "物业管理"
    资金 {
        财政拨款 300人
        其他资金 5%
        上年结转资金 "854万854万(高标准农田建设400万元)"
    }
}
=== run
jxc build -f json -A W0701 -A W0705 wan.jx yuan.jx | python3 -c '
import json, sys
for p in json.load(sys.stdin)["projects"]:
    print(p["money_unit"], p["funds"]["total"], [s["amount"] for s in p["funds"]["sources"]], [e["full"] for e in p["expenses"]])'
=== stdout
万元 250 [250] [250]
万元 331.484 [330.984, 0.5] []
=== run
jxc --lang=en check -A W0701 bad.jx
=== stderr
bad.jx:6:14: error[E0509]: an amount is a number (this table counts in 万元): 300人
  |
6 |         财政拨款 300人
  |                  ^^^^^
  = help: amounts are in the table's 金额单位 (万元): write 90, 90万元 or 900000元, without a comparator; a unit must be money
bad.jx:7:14: error[E0509]: an amount is a number (this table counts in 万元): 5%
  |
7 |         其他资金 5%
  |                  ^^
  = help: amounts are in the table's 金额单位 (万元): write 90, 90万元 or 900000元, without a comparator; a unit must be money
bad.jx:8:16: error[E0509]: an amount is a number (this table counts in 万元): "854万854万(高标准农田建设400万元)"
  |
8 |         上年结转资金 "854万854万(高标准农田建设400万元)"
  |                      ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
  = help: amounts are in the table's 金额单位 (万元): write 90, 90万元 or 900000元, without a comparator; a unit must be money
3 errors
=== exit
1
