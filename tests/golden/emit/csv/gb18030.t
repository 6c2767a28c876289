# --encoding gb18030: the same text in GB18030 (no byte order mark: Excel and WPS read such a
# file in the system's code page), here converted back with iconv; 年 is C4 EA in GB18030.
=== file: a.jx
默认 {
    表式 通用项目
    年度 2025
    主管部门 医保局
}
项目 医保 {
    年度目标 "x"
    指标 {
        产出指标 {
            数量指标 {
                检查率 =100%
            }
        }
    }
}
=== run
jxc build -f csv --encoding gb18030 -A W0701 -A W0702 -A W0703 -o out.csv a.jx && od -An -tx1 -N2 out.csv && grep -c . out.csv && iconv -f GB18030 -t UTF-8 out.csv | tr -d '\r'
=== stdout
 c4 ea
2
年度,表式,主管部门,实施单位,项目,一级指标,二级指标,三级指标,半年指标值,全年指标值
2025,通用项目,医保局,,医保,产出指标,数量指标,检查率,,＝100%
=== stderr
a.jx:6:4: warning[W0712]: '医保' 有指标，却没有任何金额：没有资金、总额和支出
  |
6 | 项目 医保 {
  |      ^^^^
1 个警告
