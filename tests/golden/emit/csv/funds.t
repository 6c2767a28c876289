# The funds and expenses tables: one row a leaf line (a group's 小计 is the sum of its rows, so
# a column sums to the total), the group's name in its own column, amounts as exact numbers in
# the table's money unit, the unit, and the amount in 元. A source left out has no row; one
# written as 0 has a row with 0.
=== file: a.jx
默认 {
    表式 南通市本级项目
    年度 2025
    主管部门 南通市医疗保障局
    实施单位 南通市医疗保障局
    项目级次 市本级
    开始时间 2025
    完成时间 2025
}
项目 医保基金监督检查经费 {
    资金 {
        资金总额 72.05
        财政拨款 {
            一般公共预算资金 72
            政府性基金       0.05
        }
        上年结转资金 0
    }
    支出 {
        举报奖励     半年 1  全年 2.05
        医保基金检查 半年 34 全年 70
    }
}
=== run
jxc build -f csv --no-bom --table funds -A W0701 -A W0702 -A W0703 -A W0705 a.jx | tr -d '\r' && jxc build -f csv --no-bom --table expenses -A W0701 -A W0702 -A W0703 -A W0705 a.jx | tr -d '\r'
=== stdout
年度,表式,主管部门,实施单位,项目,资金分组,资金来源,金额,金额单位,金额（元）
2025,南通市本级项目,南通市医疗保障局,南通市医疗保障局,医保基金监督检查经费,财政拨款,一般公共预算资金,72,万元,720000
2025,南通市本级项目,南通市医疗保障局,南通市医疗保障局,医保基金监督检查经费,财政拨款,政府性基金,0.05,万元,500
2025,南通市本级项目,南通市医疗保障局,南通市医疗保障局,医保基金监督检查经费,,上年结转资金,0,万元,0
年度,表式,主管部门,实施单位,项目,支出分组,支出,半年计划执行数,全年预算数,金额单位,半年计划执行数（元）,全年预算数（元）
2025,南通市本级项目,南通市医疗保障局,南通市医疗保障局,医保基金监督检查经费,,举报奖励,1,2.05,万元,10000,20500
2025,南通市本级项目,南通市医疗保障局,南通市医疗保障局,医保基金监督检查经费,,医保基金检查,34,70,万元,340000,700000
