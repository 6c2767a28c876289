# Targets in two units of one dimension are compared after converting both to the root of
# their conversions (stdlib/units.jx: 单位 公里 1000米 …, and the synonyms of its 别名):
# ≥1公里 → ≥500米 is 放宽 (compared in 米), ≥90% → ≥900‰, ≥3米 → ≥300厘米, ≥2公顷 →
# ≥20000平方米, ≤1周 → ≤7日, ≤3个月 → ≤1季度 are unchanged and not shown; 平米 is 平方米,
# 公斤 千克, 千米 公里, ％ %; a range whose ends are in two units (500米~3千米) is read in one
# (no false E0405). Units with no exact conversion (亩 and 平方米, TB and GB) are still 改变.
# The budget grows and 5 targets loosen: the warning. Issue 12, finding 6: before, every one
# of these was 改变：单位改变, and 500米~3千米 was an error.
=== file: old.jx
默认 {
    表式 通用项目
    年度 2025
    主管部门 某委员会
    实施单位 某中心
    年度目标 "目标"
}

项目 绿道建设 {
    资金 {
        财政拨款 100
    }
    指标 {
        产出指标 {
            数量指标 {
                绿道长度     ≥1公里
                路面宽度     ≥3米
                处理率       ≥90%
                全角百分号   ≥90%
                差错率       ≤5‰
                改造面积     ≥2公顷
                绿地面积     ≥500平方米
                种植重量     ≥2吨
                物资重量     ≥100千克
                响应时间     ≤2小时
                整改时限     ≤1周
                工作周期     ≤3个月
                编写字数     ≥5千字
                区间长度     1公里~2公里
                亩数         ≥10亩
                存储容量     ≥1TB
            }
        }
    }
}
=== file: new.jx
默认 {
    表式 通用项目
    年度 2025
    主管部门 某委员会
    实施单位 某中心
    年度目标 "目标"
}

项目 绿道建设 {
    资金 {
        财政拨款 130
    }
    指标 {
        产出指标 {
            数量指标 {
                绿道长度     ≥500米
                路面宽度     ≥300厘米
                处理率       ≥900‰
                全角百分号   ≥90％
                差错率       ≤0.8%
                改造面积     ≥20000平方米
                绿地面积     ≥400平米
                种植重量     ≥2500公斤
                物资重量     ≥0.1吨
                响应时间     ≤150分钟
                整改时限     ≤7日
                工作周期     ≤1季度
                编写字数     ≥6000字
                区间长度     500米~3千米
                亩数         ≥6666平方米
                存储容量     ≥1000GB
            }
        }
    }
}
=== run
jxc diff old.jx new.jx
=== stdout
! 警告：项目 绿道建设（2025年，某中心）的资金总额增加 100 → 130 万元（+30，+30%），同时有 5 个目标放宽

~ 项目 绿道建设（2025年，某中心）
    资金
      ~ 资金总额   100 → 130 万元（+30，+30%）
      ~ 财政拨款   100 → 130 万元（+30，+30%）
    指标
      ~ 产出指标 › 数量指标 › 绿道长度   ≥1公里 → ≥500米   放宽：下限降低（换算为米比较）
      ~ 产出指标 › 数量指标 › 差错率     ≤5‰ → ≤0.8%   放宽：上限提高（换算为%比较）
      ~ 产出指标 › 数量指标 › 绿地面积   ≥500平方米 → ≥400平米   放宽：下限降低（换算为平方米比较）
      ~ 产出指标 › 数量指标 › 种植重量   ≥2吨 → ≥2500公斤   收紧：下限提高（换算为克比较）
      ~ 产出指标 › 数量指标 › 响应时间   ≤2小时 → ≤150分钟   放宽：上限提高（换算为秒比较）
      ~ 产出指标 › 数量指标 › 编写字数   ≥5千字 → ≥6000字   收紧：下限提高（换算为字比较）
      ~ 产出指标 › 数量指标 › 区间长度   1公里~2公里 → 500米~3千米   放宽：区间扩大（换算为米比较）
      ~ 产出指标 › 数量指标 › 亩数       ≥10亩 → ≥6666平方米   改变：单位改变 亩 → 平方米
      ~ 产出指标 › 数量指标 › 存储容量   ≥1TB → ≥1000GB   改变：单位改变 TB → GB

合计：项目 修改 1、新增 0、删除 0；指标 新增 0、删除 0、改名 0、修改 9；目标 收紧 2、放宽 5、改变 2；金额 2 处变化；字段 0 处变化；警告 1 条
=== exit
1
=== run
jxc diff -f markdown old.jx new.jx
=== stdout
> ⚠️ **警告**：项目 绿道建设（2025年，某中心）的资金总额增加 100 → 130 万元（+30，+30%），同时有 5 个目标放宽

#### ~ 项目 绿道建设（2025年，某中心）

| | 项 | 原 | 新 | 变化 |
|:-:|---|---|---|---|
| ~ | 资金 › 资金总额 | 100 万元 | 130 万元 | +30，+30% |
| ~ | 资金 › 财政拨款 | 100 万元 | 130 万元 | +30，+30% |
| ~ | 指标 › 产出指标 › 数量指标 › 绿道长度 | ≥1公里 | ≥500米 | **放宽**：下限降低（换算为米比较） |
| ~ | 指标 › 产出指标 › 数量指标 › 差错率 | ≤5‰ | ≤0.8% | **放宽**：上限提高（换算为%比较） |
| ~ | 指标 › 产出指标 › 数量指标 › 绿地面积 | ≥500平方米 | ≥400平米 | **放宽**：下限降低（换算为平方米比较） |
| ~ | 指标 › 产出指标 › 数量指标 › 种植重量 | ≥2吨 | ≥2500公斤 | **收紧**：下限提高（换算为克比较） |
| ~ | 指标 › 产出指标 › 数量指标 › 响应时间 | ≤2小时 | ≤150分钟 | **放宽**：上限提高（换算为秒比较） |
| ~ | 指标 › 产出指标 › 数量指标 › 编写字数 | ≥5千字 | ≥6000字 | **收紧**：下限提高（换算为字比较） |
| ~ | 指标 › 产出指标 › 数量指标 › 区间长度 | 1公里\~2公里 | 500米\~3千米 | **放宽**：区间扩大（换算为米比较） |
| ~ | 指标 › 产出指标 › 数量指标 › 亩数 | ≥10亩 | ≥6666平方米 | **改变**：单位改变 亩 → 平方米 |
| ~ | 指标 › 产出指标 › 数量指标 › 存储容量 | ≥1TB | ≥1000GB | **改变**：单位改变 TB → GB |

**合计：**项目 修改 1、新增 0、删除 0；指标 新增 0、删除 0、改名 0、修改 9；目标 收紧 2、放宽 5、改变 2；金额 2 处变化；字段 0 处变化；警告 1 条
=== exit
1
=== run
jxc diff -f json old.jx new.jx | grep -E '"(old|new|class|reason|compared_in|message)"|loosened'
=== stdout
	"old":	"old.jx",
	"new":	"new.jx",
			"loosened":	5,
			"loosened_by":	{
					"old":	100,
					"new":	130,
					"old":	100,
					"new":	130,
							"old":	"≥1公里",
							"new":	"≥500米",
							"class":	"loosened",
							"reason":	"lower_bound_lowered",
							"compared_in":	"米",
							"message":	"放宽：下限降低（换算为米比较）"
							"old":	"≤5‰",
							"new":	"≤0.8%",
							"class":	"loosened",
							"reason":	"upper_bound_raised",
							"compared_in":	"%",
							"message":	"放宽：上限提高（换算为%比较）"
							"old":	"≥500平方米",
							"new":	"≥400平米",
							"class":	"loosened",
							"reason":	"lower_bound_lowered",
							"compared_in":	"平方米",
							"message":	"放宽：下限降低（换算为平方米比较）"
							"old":	"≥2吨",
							"new":	"≥2500公斤",
							"class":	"tightened",
							"reason":	"lower_bound_raised",
							"compared_in":	"克",
							"message":	"收紧：下限提高（换算为克比较）"
							"old":	"≤2小时",
							"new":	"≤150分钟",
							"class":	"loosened",
							"reason":	"upper_bound_raised",
							"compared_in":	"秒",
							"message":	"放宽：上限提高（换算为秒比较）"
							"old":	"≥5千字",
							"new":	"≥6000字",
							"class":	"tightened",
							"reason":	"lower_bound_raised",
							"compared_in":	"字",
							"message":	"收紧：下限提高（换算为字比较）"
							"old":	"1公里~2公里",
							"new":	"500米~3千米",
							"class":	"loosened",
							"reason":	"range_widened",
							"compared_in":	"米",
							"message":	"放宽：区间扩大（换算为米比较）"
							"old":	"≥10亩",
							"new":	"≥6666平方米",
							"class":	"changed",
							"reason":	"unit_changed",
							"compared_in":	null,
							"message":	"改变：单位改变 亩 → 平方米"
							"old":	"≥1TB",
							"new":	"≥1000GB",
							"class":	"changed",
							"reason":	"unit_changed",
							"compared_in":	null,
							"message":	"改变：单位改变 TB → GB"
				"loosened":	5,
			"loosened":	5,
=== run
jxc diff --lang=en old.jx new.jx
=== stdout
! warning: project 绿道建设 (2025, 某中心): 资金总额 grows 100 → 130 万元 (+30, +30%) while 5 target(s) loosen (放宽)

~ project 绿道建设 (2025, 某中心)
    funds
      ~ 资金总额   100 → 130 万元 (+30, +30%)
      ~ 财政拨款   100 → 130 万元 (+30, +30%)
    indicators
      ~ 产出指标 › 数量指标 › 绿道长度   ≥1公里 → ≥500米   放宽 (loosened): lower bound lowered (compared in 米)
      ~ 产出指标 › 数量指标 › 差错率     ≤5‰ → ≤0.8%   放宽 (loosened): upper bound raised (compared in %)
      ~ 产出指标 › 数量指标 › 绿地面积   ≥500平方米 → ≥400平米   放宽 (loosened): lower bound lowered (compared in 平方米)
      ~ 产出指标 › 数量指标 › 种植重量   ≥2吨 → ≥2500公斤   收紧 (tightened): lower bound raised (compared in 克)
      ~ 产出指标 › 数量指标 › 响应时间   ≤2小时 → ≤150分钟   放宽 (loosened): upper bound raised (compared in 秒)
      ~ 产出指标 › 数量指标 › 编写字数   ≥5千字 → ≥6000字   收紧 (tightened): lower bound raised (compared in 字)
      ~ 产出指标 › 数量指标 › 区间长度   1公里~2公里 → 500米~3千米   放宽 (loosened): range widened (compared in 米)
      ~ 产出指标 › 数量指标 › 亩数       ≥10亩 → ≥6666平方米   改变 (changed): unit changed 亩 → 平方米
      ~ 产出指标 › 数量指标 › 存储容量   ≥1TB → ≥1000GB   改变 (changed): unit changed TB → GB

Summary: projects: 1 changed, 0 added, 0 removed; indicators: 0 added, 0 removed, 0 renamed, 9 changed; targets: 2 收紧 tightened, 5 放宽 loosened, 2 改变 changed; 2 amounts changed; 0 fields changed; 1 warning(s).
=== exit
1
