# E0502: A group 小计 that is not the sum of its lines (the Nantong form's 财政拨款).
# The first run breaks exactly that rule; the second is the correct twin, silent.
=== file: bad.jx
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
    项目类型 常年安排项目
    年度目标 "维护医保基金安全"
    资金 {
        资金总额 72
        财政拨款 72 {
            一般公共预算资金 70
        }
        社保基金 0
    }
    支出 {
        医保基金检查 半年 34 全年 72
    }
}
=== file: good.jx
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
    项目类型 常年安排项目
    年度目标 "维护医保基金安全"
    资金 {
        资金总额 72
        财政拨款 72 {
            一般公共预算资金 72
        }
        社保基金 0
    }
    支出 {
        医保基金检查 半年 34 全年 72
    }
}
=== run
jxc check --lang=en -A W0705 -A W0701 bad.jx 2>&1; echo "--- the correct twin:"; jxc check --lang=en -A W0701 good.jx 2>&1
=== stdout
bad.jx:16:14: error[E0502]: '财政拨款' subtotal 72 differs from the sum of its lines 70 (一般公共预算资金 70): a difference of 2
   |
16 |         财政拨款 72 {
   |                  ^^
1 error
--- the correct twin:
