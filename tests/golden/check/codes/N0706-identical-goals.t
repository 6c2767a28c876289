# N0706: 年度目标 identical to 中长期目标: a note.
# The first run breaks exactly that rule; the second is the correct twin, silent.
=== file: bad.jx (fixture 通用项目, replacing)
    开始时间 2025
=== with
    开始时间 2025
    中长期目标 "完成年度任务"
=== file: good.jx (fixture 通用项目, replacing)
    开始时间 2025
=== with
    开始时间 2025
    中长期目标 "三年内建成培训体系"
=== run
jxc check --lang=en bad.jx
=== stderr
bad.jx:5:5: note[N0706]: 年度目标 is identical to 中长期目标
  |
5 |     年度目标 "完成年度任务"
  |     ^^^^^^^^
bad.jx:10:5: note: 中长期目标 is here
   |
10 |     中长期目标 "完成年度任务"
   |     ----------
1 note
=== run
jxc check --lang=en good.jx
