# The round trip of what the regions' tables write beyond the fixture (issue 14): fields the
# form does not have (其他字段: 填表人, 部门编码, 单位 负责人), printed a label/value row each after
# the layout's rows and read back there; the one cell of 项目负责人/联系电话 when a blank would
# not tell the two apart (the phone alone; a 项目负责人 holding a blank), printed a line a
# field after its name; a 三级's note, on a line after the name in brackets, told from a name
# that ends in brackets itself; and a form the file declares, carried by the workbook on its
# hidden sheet 声明 and written back at the head of the import (with a .jx given, its forms are
used instead, and N1010 says the carried ones are set aside). Each builds to the same JSON,
# and its own workbook imports to the same text again.
=== file: t.jx (fixture 通用项目, replacing)
项目 培训项目 {
    开始时间 2025
=== with
项目 培训项目 {
    联系电话 16607326331
    填表人 宋云花
    部门编码 316
    "单位 负责人" "王 媛"
    开始时间 2025
=== file: t2.jx (fixture 通用项目, replacing)
项目 培训项目 {
    开始时间 2025
    完成时间 2025
=== with
项目 采购项目 {
    项目负责人 "达布 15947711885"
    开始时间 2025
    完成时间 2025
=== file: t3.jx (fixture 通用项目, replacing)
                培训人次 ≥100人次
            }
            质量指标 {
                合格率 ≥95%
=== with
                培训人次 ≥100人次 "按签到统计"
            }
            质量指标 {
                "资金使用率（%）" ≥95%
=== file: own.jx
表式 本地项目 {
    标题 "本地项目绩效目标表"
    对象 项目
    金额单位 万元
    字段 {
        预算单位 文本 必填
        年度目标 文本 必填
    }
    资金来源 {
        本级资金
    }
    指标框架 {
        产出指标 {
            数量指标
        }
    }
}

项目 修路 {
    表式 本地项目
    年度 2025
    预算单位 交通局
    年度目标 "修路三公里"
    资金 {
        本级资金 30
    }
    指标 {
        产出指标 {
            数量指标 {
                道路长度 ≥3公里
            }
        }
    }
}
=== file: trip.sh
# build -f xlsx, import, build -f json of both (the same but for source lines and the
# diagnostics' places), and the import of the import's own workbook
for n in "$@"; do
  jxc build -f xlsx -o $n.xlsx $n.jx 2>/dev/null && jxc import -o $n.back.jx $n.xlsx 2>/dev/null &&
    jxc build -f json -o $n.a.json $n.jx 2>/dev/null && jxc build -f json -o $n.b.json $n.back.jx 2>/dev/null &&
    python3 "$ROOT/tests/suites/lib/json_same.py" $n.a.json $n.b.json && echo "$n: same JSON"
  jxc build -f xlsx -o $n.back.xlsx $n.back.jx 2>/dev/null && jxc import $n.back.xlsx 2>/dev/null | cmp -s - $n.back.jx && echo "$n: imports the same again"
done
=== run
jxc build -f xlsx -o t.xlsx t.jx && jxc import t.xlsx 2>/dev/null | head -n 11
=== stdout
项目 培训项目 {
    表式 通用项目
    年度 2025
    主管部门 某某局
    开始时间 2025
    完成时间 2025
    联系电话 16607326331
    填表人 宋云花
    部门编码 316
    "单位 负责人" "王 媛"
    资金 {
=== stderr
t.jx:10:5: note[N0322]: 表式 '通用项目' 没有这些字段，按文字保留：填表人、部门编码、单位 负责人
   |
10 |     填表人 宋云花
   |     ^^^^^^
1 个提示
=== run
jxc build -f html -o - t.jx t2.jx 2>/dev/null | grep -o '<th colspan="4">\(项目负责人/联系电话\|填表人\|部门编码\|单位 负责人\)</th><td[^>]*>[^<]*</td>'
=== stdout
<th colspan="4">项目负责人/联系电话</th><td colspan="20" class="text">联系电话：16607326331</td>
<th colspan="4">填表人</th><td colspan="20" class="text">宋云花</td>
<th colspan="4">部门编码</th><td colspan="20" class="text">316</td>
<th colspan="4">单位 负责人</th><td colspan="20" class="text">王 媛</td>
<th colspan="4">项目负责人/联系电话</th><td colspan="20" class="text">项目负责人：达布 15947711885</td>
=== run
jxc build -f xlsx -o t2.xlsx t2.jx && jxc import t2.xlsx 2>/dev/null | grep -e 项目负责人 -e 联系电话
=== stdout
    项目负责人 "达布 15947711885"
=== run
jxc build -f xlsx -o t3.xlsx t3.jx && jxc import t3.xlsx 2>/dev/null | grep -e 培训人次 -e 资金使用率
=== stdout
                培训人次 ≥100人次 "按签到统计"
                "资金使用率（%）" ≥95%
=== run
jxc build -f xlsx -o own.xlsx own.jx && jxc import own.xlsx
=== stdout
表式 本地项目 {
    标题 "本地项目绩效目标表"
    对象 项目
    金额单位 万元
    字段 {
        预算单位 文本 必填
        年度目标 文本 必填
    }
    资金来源 {
        本级资金
    }
    指标框架 {
        产出指标 {
            数量指标
        }
    }
}

项目 修路 {
    表式 本地项目
    年度 2025
    预算单位 交通局
    年度目标 修路三公里
    资金 {
        资金总额 30
        本级资金 30
    }
    指标 {
        产出指标 {
            数量指标 {
                道路长度 ≥3公里
            }
        }
    }
}
=== stderr
jxc: note[N1006]: own.xlsx 工作表 '指标' 是其他工作表各表指标的清单，不再重复导入
1 个提示
jxc: 从 'own.xlsx' 导入了 1 张表
=== run
jxc import own.xlsx own.jx -o given.jx && ! grep -q '^表式' given.jx && echo "no declaration written"
=== stdout
no declaration written
=== stderr
jxc: note[N1010]: own.xlsx 带着其中各表所用的声明（隐藏的工作表 '声明'）；给了 .jx 文件，按这些文件的表式读表，不写出带着的声明
jxc: note[N1006]: own.xlsx 工作表 '指标' 是其他工作表各表指标的清单，不再重复导入
2 个提示
jxc: 从 'own.xlsx' 导入了 1 张表
=== run
sh trip.sh t t2 t3 own
=== stdout
t: same JSON
t: imports the same again
t2: same JSON
t2: imports the same again
t3: same JSON
t3: imports the same again
own: same JSON
own: imports the same again
