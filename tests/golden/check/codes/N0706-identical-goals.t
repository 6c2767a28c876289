# N0706: 年度目标 identical to 中长期目标: a note. On a department's form (one with 主要职能),
# 年度目标 identical to 主要职能 too (浮梁县林业局, examples/jiangxi/fuliang-forestry.jx).
# The first run breaks exactly that rule; the second is the correct twin, silent; the third
# and fourth the same for a department.
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
=== file: dept.jx (fixture 通用部门整体, replacing)
    年度目标 "完成年度工作任务"
=== with
    年度目标 "负责本行政区域的某某工作"
=== file: dept-good.jx (fixture 通用部门整体)
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
=== run
jxc check --lang=en dept.jx
=== stderr
dept.jx:8:5: note[N0706]: 年度目标 is identical to 主要职能
  |
8 |     年度目标 "负责本行政区域的某某工作"
  |     ^^^^^^^^
dept.jx:7:5: note: 主要职能 is here
  |
7 |     主要职能 "负责本行政区域的某某工作"
  |     --------
1 note
=== run
jxc check --lang=en dept-good.jx
