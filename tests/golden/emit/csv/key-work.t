# The 部门整体 form's 重点工作 level has its own column, between 二级指标 and 三级指标, when any
# table of the output is on a form with that level; it is empty for the rows without one (a
# project's, or a 部门整体 table's 决策 rows). A department's row has no 项目 and no 主管部门:
# its 实施单位 is the department.
=== file: dept.jx
默认 {
    表式 江苏省级部门整体
    年度 2026
}
部门 江苏省医学会 {
    主要职能 "x"
    机构设置及人员配置 "x"
    中长期目标 "x"
    年度目标 "y"
    指标 {
        决策 {
            计划制定 {
                工作计划制定健全性 半年 健全 全年 健全
            }
        }
        履职 {
            医学鉴定工作 {
                专家库管理 {
                    专家培训 半年 =50% 全年 =100%
                }
            }
        }
    }
}
=== file: project.jx
默认 {
    表式 通用项目
    年度 2025
    主管部门 委
    实施单位 江苏省医学会
}
项目 鉴定 {
    年度目标 "x"
    指标 {
        产出指标 {
            数量指标 {
                案件数 ≥60例
            }
        }
    }
}
=== run
jxc build -f csv --no-bom -A W0701 -A W0702 dept.jx project.jx | tr -d '\r'; echo; jxc build -f csv --no-bom -A W0701 -A W0702 project.jx | tr -d '\r'
=== stdout
年度,表式,主管部门,实施单位,项目,一级指标,二级指标,重点工作,三级指标,半年指标值,全年指标值
2026,江苏省级部门整体,,江苏省医学会,,决策,计划制定,,工作计划制定健全性,健全,健全
2026,江苏省级部门整体,,江苏省医学会,,履职,医学鉴定工作,专家库管理,专家培训,＝50%,＝100%
2025,通用项目,委,江苏省医学会,鉴定,产出指标,数量指标,,案件数,,≥60例

年度,表式,主管部门,实施单位,项目,一级指标,二级指标,三级指标,半年指标值,全年指标值
2025,通用项目,委,江苏省医学会,鉴定,产出指标,数量指标,案件数,,≥60例
=== stderr
project.jx:7:4: warning[W0712]: '鉴定' 有指标，却没有任何金额：没有资金、总额和支出
  |
7 | 项目 鉴定 {
  |      ^^^^
1 个警告
project.jx:7:4: warning[W0712]: '鉴定' 有指标，却没有任何金额：没有资金、总额和支出
  |
7 | 项目 鉴定 {
  |      ^^^^
1 个警告
