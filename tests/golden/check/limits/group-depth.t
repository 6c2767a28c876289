# A chain of indicator groups, each referring to the next with 引用, and no cycle: past 16
# levels it is E0907, which says that the depth limit was reached (it used to be reported as
# E0319, a group that refers to itself). A chain of 16 is fine, and a real cycle is still
# E0319. The last group of each chain holds one indicator of the fixture's 产出指标.
=== file: good.jx (fixture 通用项目)
=== run
chain() { # chain N: groups 组1 … 组N, each 引用 the next; the last holds an indicator
  i=1
  while [ "$i" -lt "$1" ]; do printf '指标组 组%d {\n    引用 组%d\n}\n' "$i" $((i + 1)); i=$((i + 1)); done
  printf '指标组 组%d {\n    产出指标 {\n        数量指标 {\n            培训课时 ≥10课时\n        }\n    }\n}\n' "$1"
}
{ chain 20; sed 's/^    指标 {$/    指标 {\n        引用 组1/' good.jx; } > deep.jx
jxc check --lang=en deep.jx
=== stderr
deep.jx:47:8: error[E0907]: indicator group '组17' is referenced at depth 17, past the limit of nested references (at most 16); there is no cycle
   |
47 |     引用 组17
   |          ^^^^
1 error
=== exit
1
=== run
chain() {
  i=1
  while [ "$i" -lt "$1" ]; do printf '指标组 组%d {\n    引用 组%d\n}\n' "$i" $((i + 1)); i=$((i + 1)); done
  printf '指标组 组%d {\n    产出指标 {\n        数量指标 {\n            培训课时 ≥10课时\n        }\n    }\n}\n' "$1"
}
{ chain 16; sed 's/^    指标 {$/    指标 {\n        引用 组1/' good.jx; } > ok.jx
jxc check --lang=en ok.jx
