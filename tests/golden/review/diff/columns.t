# jxc diff reports the cells of a form's 指标列 that differ, a row a column (text and markdown),
# and in JSON a "columns" array of {name, old, new} on the indicator (only when some differ).
=== file: old.jx (fixture 通用项目, replacing)
                培训人次 ≥100人次
=== with
                培训人次 ≥100人次 { 度量单位 人次; 指标方向 正向 }
=== file: new.jx (fixture 通用项目, replacing)
                培训人次 ≥100人次
=== with
                培训人次 ≥100人次 { 度量单位 人次; 指标解释 "全年培训的人次" }
=== run
jxc diff --lang=en old.jx new.jx
=== stdout
~ project 培训项目 (2025)
    indicators
      ~ 产出指标 › 数量指标 › 培训人次
          指标方向 "正向" → (empty)
          指标解释 (empty) → "全年培训的人次"

Summary: projects: 1 changed, 0 added, 0 removed; indicators: 0 added, 0 removed, 0 renamed, 1 changed; targets: 0 收紧 tightened, 0 放宽 loosened, 0 改变 changed; 0 amounts changed; 0 fields changed.
=== exit
1
=== run
jxc diff -f json old.jx new.jx | sed -n '/"columns"/,/}]/p'
=== stdout
					"columns":	[{
							"name":	"指标方向",
							"old":	"正向",
							"new":	null
						}, {
							"name":	"指标解释",
							"old":	null,
							"new":	"全年培训的人次"
						}]
