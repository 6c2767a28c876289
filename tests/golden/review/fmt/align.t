# Values of sibling leaf lines line up by display width (a CJK character is two columns): the
# name column, and the 全年 column after 半年 values. A blank line starts a new run; a comment
# line does not. A name far wider than the others keeps a single space instead of pushing the
# whole column right. Fields are not aligned.
=== file: a.jx
项目 对齐 {
    表式 江苏省级项目
    年度 2025
    主管部门 某委员会
    实施单位 某单位
    项目级次 省本级
    资金 {
        资金总额 12.5
        一般公共预算资金 12.5
        其他资金 0
    }
    支出 {
        办公费 半年 2 全年 4.5
        设备购置费 全年 8
    }
    指标 {
        产出指标 {
            数量指标 {
                A类 半年 ≥1台 全年 ≥3台
                培训人次 半年 ≥100人次 全年 ≥1,000人次
                # 注释不打断对齐
                覆盖率 ≥90%

                新的一组 =100%
                第二个 半年 ≥1个 全年 ≥2个
            }
            质量指标 {
                合格率 ≥95%
                验收通过率 =100%
                "（国家级+省级）项目登记及电子学分审核发放的及时率" ≥90%
                达标率 ≥80%
            }
        }
    }
}
=== run
jxc fmt a.jx
=== stdout
项目 对齐 {
    表式 江苏省级项目
    年度 2025
    主管部门 某委员会
    实施单位 某单位
    项目级次 省本级
    资金 {
        资金总额         12.5
        一般公共预算资金 12.5
        其他资金         0
    }
    支出 {
        办公费     半年 2 全年 4.5
        设备购置费 全年 8
    }
    指标 {
        产出指标 {
            数量指标 {
                A类      半年 ≥1台     全年 ≥3台
                培训人次 半年 ≥100人次 全年 ≥1,000人次
                # 注释不打断对齐
                覆盖率   ≥90%

                新的一组 =100%
                第二个   半年 ≥1个 全年 ≥2个
            }
            质量指标 {
                合格率     ≥95%
                验收通过率 =100%
                "（国家级+省级）项目登记及电子学分审核发放的及时率" ≥90%
                达标率     ≥80%
            }
        }
    }
}
