# jxc diff on a form with a mid-term set (中央部门项目): the 中期 funds (its total and lines under
# 中期) and the 中期 indicators (their 一级 marked "中期 · ") are compared as the year's are, apart
# from them; the year's set is unchanged here.
=== file: old.jx (fixture 中央部门项目)
=== file: new.jx (fixture 中央部门项目, replacing)
    资金 中期 {
        财政拨款 300
=== with
    资金 中期 {
        财政拨款 320
=== run
sed -i '0,/系统可用率 ≥99%/s//系统可用率 ≥98%/' new.jx
jxc diff --lang=en old.jx new.jx
=== stdout
~ project 业务系统运行维护 (2025, 某某部信息中心)
    funds
      ~ 中期资金总额      300 → 320 万元 (+20, +6.7%)
      ~ 中期 › 财政拨款   300 → 320 万元 (+20, +6.7%)
    indicators
      ~ 中期 · 产出指标 › 质量指标 › 系统可用率   ≥99% → ≥98%   放宽 (loosened): lower bound lowered

Summary: projects: 1 changed, 0 added, 0 removed; indicators: 0 added, 0 removed, 0 renamed, 1 changed; targets: 0 收紧 tightened, 1 放宽 loosened, 0 改变 changed; 2 amounts changed; 0 fields changed.
=== exit
1
