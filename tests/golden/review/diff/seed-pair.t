# Two versions of seed projects (江苏省医学会 2025, from examples/jiangsu-2025.jx, long texts
# shortened): 医疗事故技术鉴定's budget is raised 90 → 120 万元 while its 案件办理率 全年 is loosened
# ≥90% → ≥85%, a level moves 较好 → 好, and 鉴定文书合格率 is renamed; 信息化及网络运行维护's
# 事故发生频率 全年 is tightened ≤5% → ≤3%; a project 医学科普宣传 is added. The diff says exactly
# that, the warning first, in all three formats: text (exit 1: differences), Markdown for a review
# comment, JSON for tools; and the text in English (--lang=en), where 收紧/放宽/改变 stay.
=== file: old.jx
# 江苏省医学会 · 2025 年度项目预算绩效目标（两个项目，取自 examples/jiangsu-2025.jx）
默认 {
    表式 江苏省级项目
    年度 2025
    主管部门 江苏省卫生健康委员会
    实施单位 江苏省医学会
    项目级次 省本级
    金额单位 万元
}

项目 医疗事故技术鉴定 {
    项目类型 常年安排项目
    开始时间 2025年
    完成时间 2123年                  # jxc warns: 完成时间 is 98 years after 开始时间
    项目负责人 柏巍巍
    联系电话 025-83620682
    立项必要性 "根据国务院《医疗事故处理条例》和《医疗事故技术鉴定暂行办法》，医疗事故技术鉴定是省市医学会的法定职责。"
    实施可行性 "江苏省医学会系委直属全额拨款事业单位，依据《医疗事故处理条例》(2002年4月国务院第351号令)、以及2002年9月卫生部第30号令颁布的《医疗事故技术鉴定暂行办法》规定，“医学会可以设立医疗事故技术鉴定工作办公室，具体负责有关医疗事故技术鉴定的组织和日常工作”，省医学会于2002年10月成立医疗事故技术鉴定办公室，开展医疗事故技术鉴定工作。"
    项目实施内容 "省医学会医鉴办严格按鉴定程序组织召开医疗事故技术鉴定会，并出具事实清楚、定性准确、责任明确的鉴定意见书。"
    # 中长期目标 and 年度目标 are printed identical (jxc: a note).
    中长期目标 "一是加强内部管理，规范、高效、高质量开展鉴定工作，保证鉴定程序合法合格，鉴定结论客观公正；二是做好鉴定专家的筛选、培训、考核、动态管理，持续提升鉴定专家的法律素养和鉴定能力；三是持续加强对鉴定工作人员的培训，打造能力素质过硬的鉴定工作人员队伍；四是出具分析有理有据、定性准确、责任明确的鉴定书，为卫生行政部门妥善处理医疗纠纷案件提供专业技术支持，切实维护医患双方合法权利。"
    # The printed 年度目标 is one paragraph (一是……；二是……；三是……；四是……。), so the line
    # break that section 2's abridgement shows before 二是 is not kept.
    年度目标 "一是加强内部管理，规范、高效、高质量开展鉴定工作，保证鉴定程序合法合格，鉴定结论客观公正；二是做好鉴定专家的筛选、培训、考核、动态管理，持续提升鉴定专家的法律素养和鉴定能力；三是持续加强对鉴定工作人员的培训，打造能力素质过硬的鉴定工作人员队伍；四是出具分析有理有据、定性准确、责任明确的鉴定书，为卫生行政部门妥善处理医疗纠纷案件提供专业技术支持，切实维护医患双方合法权利。"

    资金 {
        资金总额         90
        一般公共预算资金 90
        政府性基金       0
        国有资本金       0
        社保基金         0
        财政专户管理资金 0
        上年结转资金     0
        其他资金         0
    }
    支出 {
        医疗事故技术鉴定 半年 30 全年 90
    }

    # Section 2 abridged the rows with one value; the form prints both columns for every row,
    # so every row is written 半年 … 全年 …. Section 2 wrote 鉴定年均收费额 ≥3万元/≥8万元;
    # the form prints ≥3万 and ≥8万 (a multiplier and no unit), kept as printed.
    指标 {
        引用 江苏省级项目共性指标          # the 决策/过程 rows every such table repeats
        产出指标 {
            数量指标 {
                案件办理率        半年 ≥90%  全年 ≥90%
            }
            质量指标 {
                鉴定文书合格率    半年 ≥95%  全年 ≥95%
                鉴定程序合法合规率 半年 =100% 全年 =100%
            }
            时效指标 {
                案件完成率        半年 ≥90%  全年 ≥90%
            }
            成本指标 {
                项目总成本        半年 ≤总成本预算数 全年 ≤总成本预算数
            }
        }
        效益指标 {
            经济效益 {
                鉴定年均收费额    半年 ≥3万  全年 ≥8万
            }
            社会效益 {
                推动全省医疗服务安全和质量管理 半年 较好 全年 较好
                "缓解医患矛盾，维护医疗秩序"   半年 较好 全年 较好
            }
            生态效益 { }                   # printed with no indicator
            # 专家库管理 is printed as a 三级 name with its own value (≥90%), not as a heading.
            可持续影响 {
                专家库管理        半年 ≥90%  全年 ≥90%
                鉴定专家考核率    半年 =100% 全年 =100%
                工作人员业务培训率 半年 =100% 全年 =100%
            }
        }
        满意度指标 {
            服务对象满意度 {
                医患双方满意率    半年 ≥90%  全年 ≥90%
                委托单位满意率    半年 ≥90%  全年 ≥90%
            }
        }
    }
}

项目 信息化及网络运行维护 {
    项目类型 常年安排项目
    开始时间 2024年
    完成时间 2122年                  # jxc warns: 98 years after 开始时间
    项目负责人 韩毅
    联系电话 025-83620663
    立项必要性 "为更好服务全省医学科技工作者和广大会员，学会已完成了以会员数据库为基础的会员管理、组织管理、会议管理、继续医学教育管理、科技评审、医学鉴定等业务信息系统建设。"
    实施可行性 "用于网络信息系统运行环境支持、网络安全保障、信息系统运行维护和宽带续费等工作。"
    项目实施内容 "云主机租赁（含安全服务配置）、信息系统运维服务、SSL证书采购、机房宽带线路维保等。"
    中长期目标 "确保学会会员管理、组织管理、会议管理、继续医学教育管理、科技评审、医学鉴定等业务领域工作稳定、高效开展。"
    年度目标 "有效保障学会会员管理、组织管理、会议管理、继续医学教育管理、科技评审、医学鉴定和期刊出版等业务工作正常开展。"

    资金 {
        资金总额         64.65
        一般公共预算资金 0
        政府性基金       0
        国有资本金       0
        社保基金         0
        财政专户管理资金 0
        上年结转资金     0
        其他资金         64.65
    }
    支出 {
        信息化及网络运行维护 半年 0 全年 64.65
    }

    指标 {
        # Written out instead of 引用 江苏省级项目共性指标: the row order differs (预算编制科学性
        # before 资金分配合理性; 资金到位率, 资金使用合规性, 预算执行率) and 预算执行率 is
        # =0%/=100% here (matching the 半年 plan of 0 in 支出).
        决策 {
            项目立项 {
                立项程序规范性 半年 规范 全年 规范
                立项依据充分性 半年 充分 全年 充分
            }
            绩效目标 {
                绩效目标合理性 半年 合理 全年 合理
                绩效指标明确性 半年 明确 全年 明确
            }
            资金投入 {
                预算编制科学性 半年 科学 全年 科学
                资金分配合理性 半年 合理 全年 合理
            }
        }
        过程 {
            资金管理 {
                资金到位率     半年 序时进度 全年 100%
                资金使用合规性 半年 合规     全年 合规
                预算执行率     半年 =0%      全年 =100%
            }
            组织实施 {
                管理制度健全性 半年 健全 全年 健全
                制度执行有效性 半年 有效 全年 有效
            }
        }
        产出指标 {
            数量指标 {
                信息系统运维数量     半年 ≥9个   全年 ≥9个
                租赁服务器数量       半年 =3台   全年 =3台
                信息系统正常运行天数 半年 ≥178天 全年 ≥360天
            }
            # The second name is printed cut off at the cell edge: ……测评（二级）结 (结果);
            # kept as printed.
            质量指标 {
                信息系统运行事故发生频率               半年 ≤5%  全年 ≤5%
                综合业务信息系统等级保护测评（二级）结 半年 通过 全年 通过
                云主机机房日常维护服务达标率           半年 ≥95% 全年 ≥95%
            }
            时效指标 {
                信息系统运维周期 半年 每日 全年 每日
            }
            成本指标 { }                   # printed with no indicator (no 项目总成本 row)
        }
        # Each 效益 二级 has one row, printed on the same line as its values (经济效益 明显 明显,
        # …); the three 三级 names follow in that order. The first is cut off at the cell edge
        # (……提升程, for 提升程度) and two wrap onto a second line (joined).
        效益指标 {
            经济效益 {
                对信息系统稳定性和安全性的改善或提升程 半年 明显 全年 明显
            }
            社会效益 {
                为全省医学科技工作者和广大会员提供线上便捷服务 半年 明显 全年 明显
            }
            生态效益 { }                   # printed with no indicator
            可持续影响 {
                信息化及网络运行维护为学会各项业务工作提供长期保障 半年 明显 全年 明显
            }
        }
        # Printed on one line: 满意度指标 服务对象满意度 ≥90% ≥90%服务对象满意度.
        满意度指标 {
            服务对象满意度 {
                服务对象满意度 半年 ≥90% 全年 ≥90%
            }
        }
    }
}
=== file: new.jx
# 江苏省医学会 · 2025 年度项目预算绩效目标（两个项目，取自 examples/jiangsu-2025.jx）
默认 {
    表式 江苏省级项目
    年度 2025
    主管部门 江苏省卫生健康委员会
    实施单位 江苏省医学会
    项目级次 省本级
    金额单位 万元
}

项目 医疗事故技术鉴定 {
    项目类型 常年安排项目
    开始时间 2025年
    完成时间 2123年                  # jxc warns: 完成时间 is 98 years after 开始时间
    项目负责人 柏巍巍
    联系电话 025-83620682
    立项必要性 "根据国务院《医疗事故处理条例》和《医疗事故技术鉴定暂行办法》，医疗事故技术鉴定是省市医学会的法定职责。"
    实施可行性 "江苏省医学会系委直属全额拨款事业单位，依据《医疗事故处理条例》(2002年4月国务院第351号令)、以及2002年9月卫生部第30号令颁布的《医疗事故技术鉴定暂行办法》规定，“医学会可以设立医疗事故技术鉴定工作办公室，具体负责有关医疗事故技术鉴定的组织和日常工作”，省医学会于2002年10月成立医疗事故技术鉴定办公室，开展医疗事故技术鉴定工作。"
    项目实施内容 "省医学会医鉴办严格按鉴定程序组织召开医疗事故技术鉴定会，并出具事实清楚、定性准确、责任明确的鉴定意见书。"
    # 中长期目标 and 年度目标 are printed identical (jxc: a note).
    中长期目标 "一是加强内部管理，规范、高效、高质量开展鉴定工作，保证鉴定程序合法合格，鉴定结论客观公正；二是做好鉴定专家的筛选、培训、考核、动态管理，持续提升鉴定专家的法律素养和鉴定能力；三是持续加强对鉴定工作人员的培训，打造能力素质过硬的鉴定工作人员队伍；四是出具分析有理有据、定性准确、责任明确的鉴定书，为卫生行政部门妥善处理医疗纠纷案件提供专业技术支持，切实维护医患双方合法权利。"
    # The printed 年度目标 is one paragraph (一是……；二是……；三是……；四是……。), so the line
    # break that section 2's abridgement shows before 二是 is not kept.
    年度目标 "一是加强内部管理，规范、高效、高质量开展鉴定工作，保证鉴定程序合法合格，鉴定结论客观公正；二是做好鉴定专家的筛选、培训、考核、动态管理，持续提升鉴定专家的法律素养和鉴定能力；三是持续加强对鉴定工作人员的培训，打造能力素质过硬的鉴定工作人员队伍；四是出具分析有理有据、定性准确、责任明确的鉴定书，为卫生行政部门妥善处理医疗纠纷案件提供专业技术支持，切实维护医患双方合法权利。"

    资金 {
        资金总额         120
        一般公共预算资金 120
        政府性基金       0
        国有资本金       0
        社保基金         0
        财政专户管理资金 0
        上年结转资金     0
        其他资金         0
    }
    支出 {
        医疗事故技术鉴定 半年 30 全年 120
    }

    # Section 2 abridged the rows with one value; the form prints both columns for every row,
    # so every row is written 半年 … 全年 …. Section 2 wrote 鉴定年均收费额 ≥3万元/≥8万元;
    # the form prints ≥3万 and ≥8万 (a multiplier and no unit), kept as printed.
    指标 {
        引用 江苏省级项目共性指标          # the 决策/过程 rows every such table repeats
        产出指标 {
            数量指标 {
                案件办理率        半年 ≥90%  全年 ≥85%
            }
            质量指标 {
                鉴定文书质量合格率 半年 ≥95%  全年 ≥95%
                鉴定程序合法合规率 半年 =100% 全年 =100%
            }
            时效指标 {
                案件完成率        半年 ≥90%  全年 ≥90%
            }
            成本指标 {
                项目总成本        半年 ≤总成本预算数 全年 ≤总成本预算数
            }
        }
        效益指标 {
            经济效益 {
                鉴定年均收费额    半年 ≥3万  全年 ≥8万
            }
            社会效益 {
                推动全省医疗服务安全和质量管理 半年 较好 全年 好
                "缓解医患矛盾，维护医疗秩序"   半年 较好 全年 较好
            }
            生态效益 { }                   # printed with no indicator
            # 专家库管理 is printed as a 三级 name with its own value (≥90%), not as a heading.
            可持续影响 {
                专家库管理        半年 ≥90%  全年 ≥90%
                鉴定专家考核率    半年 =100% 全年 =100%
                工作人员业务培训率 半年 =100% 全年 =100%
            }
        }
        满意度指标 {
            服务对象满意度 {
                医患双方满意率    半年 ≥90%  全年 ≥90%
                委托单位满意率    半年 ≥90%  全年 ≥90%
            }
        }
    }
}

项目 信息化及网络运行维护 {
    项目类型 常年安排项目
    开始时间 2024年
    完成时间 2122年                  # jxc warns: 98 years after 开始时间
    项目负责人 韩毅
    联系电话 025-83620663
    立项必要性 "为更好服务全省医学科技工作者和广大会员，学会已完成了以会员数据库为基础的会员管理、组织管理、会议管理、继续医学教育管理、科技评审、医学鉴定等业务信息系统建设。"
    实施可行性 "用于网络信息系统运行环境支持、网络安全保障、信息系统运行维护和宽带续费等工作。"
    项目实施内容 "云主机租赁（含安全服务配置）、信息系统运维服务、SSL证书采购、机房宽带线路维保等。"
    中长期目标 "确保学会会员管理、组织管理、会议管理、继续医学教育管理、科技评审、医学鉴定等业务领域工作稳定、高效开展。"
    年度目标 "有效保障学会会员管理、组织管理、会议管理、继续医学教育管理、科技评审、医学鉴定和期刊出版等业务工作正常开展。"

    资金 {
        资金总额         64.65
        一般公共预算资金 0
        政府性基金       0
        国有资本金       0
        社保基金         0
        财政专户管理资金 0
        上年结转资金     0
        其他资金         64.65
    }
    支出 {
        信息化及网络运行维护 半年 0 全年 64.65
    }

    指标 {
        # Written out instead of 引用 江苏省级项目共性指标: the row order differs (预算编制科学性
        # before 资金分配合理性; 资金到位率, 资金使用合规性, 预算执行率) and 预算执行率 is
        # =0%/=100% here (matching the 半年 plan of 0 in 支出).
        决策 {
            项目立项 {
                立项程序规范性 半年 规范 全年 规范
                立项依据充分性 半年 充分 全年 充分
            }
            绩效目标 {
                绩效目标合理性 半年 合理 全年 合理
                绩效指标明确性 半年 明确 全年 明确
            }
            资金投入 {
                预算编制科学性 半年 科学 全年 科学
                资金分配合理性 半年 合理 全年 合理
            }
        }
        过程 {
            资金管理 {
                资金到位率     半年 序时进度 全年 100%
                资金使用合规性 半年 合规     全年 合规
                预算执行率     半年 =0%      全年 =100%
            }
            组织实施 {
                管理制度健全性 半年 健全 全年 健全
                制度执行有效性 半年 有效 全年 有效
            }
        }
        产出指标 {
            数量指标 {
                信息系统运维数量     半年 ≥9个   全年 ≥9个
                租赁服务器数量       半年 =3台   全年 =3台
                信息系统正常运行天数 半年 ≥178天 全年 ≥360天
            }
            # The second name is printed cut off at the cell edge: ……测评（二级）结 (结果);
            # kept as printed.
            质量指标 {
                信息系统运行事故发生频率               半年 ≤5%  全年 ≤3%
                综合业务信息系统等级保护测评（二级）结 半年 通过 全年 通过
                云主机机房日常维护服务达标率           半年 ≥95% 全年 ≥95%
            }
            时效指标 {
                信息系统运维周期 半年 每日 全年 每日
            }
            成本指标 { }                   # printed with no indicator (no 项目总成本 row)
        }
        # Each 效益 二级 has one row, printed on the same line as its values (经济效益 明显 明显,
        # …); the three 三级 names follow in that order. The first is cut off at the cell edge
        # (……提升程, for 提升程度) and two wrap onto a second line (joined).
        效益指标 {
            经济效益 {
                对信息系统稳定性和安全性的改善或提升程 半年 明显 全年 明显
            }
            社会效益 {
                为全省医学科技工作者和广大会员提供线上便捷服务 半年 明显 全年 明显
            }
            生态效益 { }                   # printed with no indicator
            可持续影响 {
                信息化及网络运行维护为学会各项业务工作提供长期保障 半年 明显 全年 明显
            }
        }
        # Printed on one line: 满意度指标 服务对象满意度 ≥90% ≥90%服务对象满意度.
        满意度指标 {
            服务对象满意度 {
                服务对象满意度 半年 ≥90% 全年 ≥90%
            }
        }
    }
}

项目 医学科普宣传 {
    项目类型 一次性项目
    开始时间 2025年
    完成时间 2025年
    年度目标 "开展医学科普宣传活动，提高公众健康素养。"

    资金 {
        资金总额         30
        一般公共预算资金 30
    }
    支出 {
        科普宣传 半年 10 全年 30
    }

    指标 {
        引用 江苏省级项目共性指标
        产出指标 {
            数量指标 {
                科普活动场次 半年 ≥5场 全年 ≥12场
            }
            质量指标 {
                活动覆盖率 半年 ≥40% 全年 ≥80%
            }
            时效指标 {
                活动按时完成率 半年 ≥50% 全年 =100%
            }
            成本指标 {
                项目总成本 半年 ≤总成本预算数 全年 ≤总成本预算数
            }
        }
        效益指标 {
            社会效益 {
                公众健康素养 半年 有所提升 全年 有所提升
            }
        }
        满意度指标 {
            服务对象满意度 {
                参与群众满意率 半年 ≥90% 全年 ≥90%
            }
        }
    }
}
=== run
jxc diff old.jx new.jx; echo "exit $?"
echo "--- -f markdown"; jxc diff -f markdown old.jx new.jx
echo "--- -f json"; jxc diff -f json old.jx new.jx
echo "--- --lang=en"; jxc diff --lang=en old.jx new.jx
=== stdout
! 警告：项目 医疗事故技术鉴定（2025年，江苏省医学会）的资金总额增加 90 → 120 万元（+30，+33.3%），同时有 1 个目标放宽

~ 项目 医疗事故技术鉴定（2025年，江苏省医学会）
    资金
      ~ 资金总额           90 → 120 万元（+30，+33.3%）
      ~ 一般公共预算资金   90 → 120 万元（+30，+33.3%）
    支出
      ~ 医疗事故技术鉴定   全年 90 → 120 万元（+30，+33.3%）
    指标
      ~ 产出指标 › 数量指标 › 案件办理率   全年 ≥90% → ≥85%   放宽：下限降低
      ~ 产出指标 › 质量指标 › 鉴定文书合格率 → 鉴定文书质量合格率   改名，目标不变
      ~ 效益指标 › 社会效益 › 推动全省医疗服务安全和质量管理   全年 较好 → 好   收紧：等级提高
~ 项目 信息化及网络运行维护（2025年，江苏省医学会）
    指标
      ~ 产出指标 › 质量指标 › 信息系统运行事故发生频率   全年 ≤5% → ≤3%   收紧：上限降低
+ 项目 医学科普宣传（2025年，江苏省医学会）
    资金总额 30 万元，17 个指标

合计：项目 修改 2、新增 1、删除 0；指标 新增 0、删除 0、改名 1、修改 3；目标 收紧 2、放宽 1、改变 0；金额 3 处变化；字段 0 处变化；警告 1 条
exit 1
--- -f markdown
> ⚠️ **警告**：项目 医疗事故技术鉴定（2025年，江苏省医学会）的资金总额增加 90 → 120 万元（+30，+33.3%），同时有 1 个目标放宽

#### ~ 项目 医疗事故技术鉴定（2025年，江苏省医学会）

| | 项 | 原 | 新 | 变化 |
|:-:|---|---|---|---|
| ~ | 资金 › 资金总额 | 90 万元 | 120 万元 | +30，+33.3% |
| ~ | 资金 › 一般公共预算资金 | 90 万元 | 120 万元 | +30，+33.3% |
| ~ | 支出 › 医疗事故技术鉴定 · 全年 | 90 万元 | 120 万元 | +30，+33.3% |
| ~ | 指标 › 产出指标 › 数量指标 › 案件办理率 · 全年 | ≥90% | ≥85% | **放宽**：下限降低 |
| ~ | 指标 › 产出指标 › 质量指标 › 鉴定文书合格率 → 鉴定文书质量合格率 |  |  | 改名，目标不变 |
| ~ | 指标 › 效益指标 › 社会效益 › 推动全省医疗服务安全和质量管理 · 全年 | 较好 | 好 | **收紧**：等级提高 |

#### ~ 项目 信息化及网络运行维护（2025年，江苏省医学会）

| | 项 | 原 | 新 | 变化 |
|:-:|---|---|---|---|
| ~ | 指标 › 产出指标 › 质量指标 › 信息系统运行事故发生频率 · 全年 | ≤5% | ≤3% | **收紧**：上限降低 |

#### + 项目 医学科普宣传（2025年，江苏省医学会）

资金总额 30 万元，17 个指标

**合计：**项目 修改 2、新增 1、删除 0；指标 新增 0、删除 0、改名 1、修改 3；目标 收紧 2、放宽 1、改变 0；金额 3 处变化；字段 0 处变化；警告 1 条
--- -f json
{
	"version":	1,
	"path":	null,
	"old":	"old.jx",
	"new":	"new.jx",
	"differences":	true,
	"warnings":	[{
			"code":	"budget_grows_targets_loosen",
			"kind":	"project",
			"name":	"医疗事故技术鉴定",
			"year":	2025,
			"unit":	"江苏省医学会",
			"total_old":	90,
			"total_new":	120,
			"money_unit":	"万元",
			"loosened":	1,
			"loosened_by":	{
				"removed":	0,
				"replaced_by_level":	0,
				"replaced_by_text":	0,
				"other":	1
			}
		}],
	"tables":	[{
			"change":	"changed",
			"kind":	"project",
			"name":	"医疗事故技术鉴定",
			"year":	2025,
			"unit":	"江苏省医学会",
			"fields":	[],
			"funds":	[{
					"change":	"changed",
					"path":	["资金总额"],
					"column":	null,
					"total":	true,
					"old":	90,
					"new":	120,
					"unit":	"万元",
					"difference":	30,
					"percent":	33.3
				}, {
					"change":	"changed",
					"path":	["一般公共预算资金"],
					"column":	null,
					"total":	false,
					"old":	90,
					"new":	120,
					"unit":	"万元",
					"difference":	30,
					"percent":	33.3
				}],
			"expenses":	[{
					"change":	"changed",
					"path":	["医疗事故技术鉴定"],
					"column":	"full",
					"total":	false,
					"old":	90,
					"new":	120,
					"unit":	"万元",
					"difference":	30,
					"percent":	33.3
				}],
			"indicators":	[{
					"change":	"changed",
					"path":	["产出指标", "数量指标", "案件办理率"],
					"new_path":	null,
					"targets":	[{
							"column":	"full",
							"old":	"≥90%",
							"new":	"≥85%",
							"class":	"loosened",
							"reason":	"lower_bound_lowered",
							"detail":	null,
							"compared_in":	null,
							"message":	"放宽：下限降低"
						}],
					"note":	null
				}, {
					"change":	"renamed",
					"path":	["产出指标", "质量指标", "鉴定文书合格率"],
					"new_path":	["产出指标", "质量指标", "鉴定文书质量合格率"],
					"targets":	[],
					"note":	null
				}, {
					"change":	"changed",
					"path":	["效益指标", "社会效益", "推动全省医疗服务安全和质量管理"],
					"new_path":	null,
					"targets":	[{
							"column":	"full",
							"old":	"较好",
							"new":	"好",
							"class":	"tightened",
							"reason":	"level_raised",
							"detail":	null,
							"compared_in":	null,
							"message":	"收紧：等级提高"
						}],
					"note":	null
				}],
			"targets":	{
				"tightened":	1,
				"loosened":	1,
				"changed":	0
			}
		}, {
			"change":	"changed",
			"kind":	"project",
			"name":	"信息化及网络运行维护",
			"year":	2025,
			"unit":	"江苏省医学会",
			"fields":	[],
			"funds":	[],
			"expenses":	[],
			"indicators":	[{
					"change":	"changed",
					"path":	["产出指标", "质量指标", "信息系统运行事故发生频率"],
					"new_path":	null,
					"targets":	[{
							"column":	"full",
							"old":	"≤5%",
							"new":	"≤3%",
							"class":	"tightened",
							"reason":	"upper_bound_lowered",
							"detail":	null,
							"compared_in":	null,
							"message":	"收紧：上限降低"
						}],
					"note":	null
				}],
			"targets":	{
				"tightened":	1,
				"loosened":	0,
				"changed":	0
			}
		}, {
			"change":	"added",
			"kind":	"project",
			"name":	"医学科普宣传",
			"year":	2025,
			"unit":	"江苏省医学会",
			"fields":	[],
			"funds":	[],
			"expenses":	[],
			"indicators":	[],
			"funds_total":	30,
			"money_unit":	"万元",
			"indicator_count":	17
		}],
	"summary":	{
		"projects":	{
			"changed":	2,
			"added":	1,
			"removed":	0,
			"moved":	0,
			"renamed":	0
		},
		"departments":	{
			"changed":	0,
			"added":	0,
			"removed":	0,
			"moved":	0,
			"renamed":	0
		},
		"indicators":	{
			"added":	0,
			"removed":	0,
			"renamed":	1,
			"changed":	3
		},
		"targets":	{
			"tightened":	2,
			"loosened":	1,
			"changed":	0
		},
		"amounts":	3,
		"fields":	0,
		"warnings":	1
	}
}
--- --lang=en
! warning: project 医疗事故技术鉴定 (2025, 江苏省医学会): 资金总额 grows 90 → 120 万元 (+30, +33.3%) while 1 target(s) loosen (放宽)

~ project 医疗事故技术鉴定 (2025, 江苏省医学会)
    funds
      ~ 资金总额           90 → 120 万元 (+30, +33.3%)
      ~ 一般公共预算资金   90 → 120 万元 (+30, +33.3%)
    expenses
      ~ 医疗事故技术鉴定   全年 90 → 120 万元 (+30, +33.3%)
    indicators
      ~ 产出指标 › 数量指标 › 案件办理率   全年 ≥90% → ≥85%   放宽 (loosened): lower bound lowered
      ~ 产出指标 › 质量指标 › 鉴定文书合格率 → 鉴定文书质量合格率   renamed, targets unchanged
      ~ 效益指标 › 社会效益 › 推动全省医疗服务安全和质量管理   全年 较好 → 好   收紧 (tightened): level raised
~ project 信息化及网络运行维护 (2025, 江苏省医学会)
    indicators
      ~ 产出指标 › 质量指标 › 信息系统运行事故发生频率   全年 ≤5% → ≤3%   收紧 (tightened): upper bound lowered
+ project 医学科普宣传 (2025, 江苏省医学会)
    30 万元 in funds, 17 indicators

Summary: projects: 2 changed, 1 added, 0 removed; indicators: 0 added, 0 removed, 1 renamed, 3 changed; targets: 2 收紧 tightened, 1 放宽 loosened, 0 改变 changed; 3 amounts changed; 0 fields changed; 1 warning(s).
=== exit
1
