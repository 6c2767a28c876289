# No text cell is taken for a formula, a number or a date by a spreadsheet: a formula start
# (= + - @, after any blanks) becomes its fullwidth twin (＝100%, as the printed forms write
# it), a bare rate its fullwidth percent sign (100％), other number-like text (95.00, 3/4,
# 1-2, (5), TRUE, 007, 1,000) fullwidth characters. A plain integer stays a number. Quotes are
# doubled and cells with commas, quotes, line breaks or edge blanks are quoted (RFC 4180).
=== file: a.jx
默认 {
    表式 通用项目
    年度 2025
    主管部门 "A & B \"委\""
    实施单位 "=HYPERLINK(\"http://x\")"
}
项目 "-减号开头" {
    年度目标 "x"
    指标 {
        产出指标 {
            数量指标 {
                "=SUM(A1)" "=1+1"
                "+3"       "+3"
                "-"        "-"
                "@cmd"     "@x"
                "  =1"     "  =2"
                百分比     100%
                等于       =100%
                小数       "95.00"
                分数       "3/4"
                区间       "1-2"
                括号       "(5)"
                真假       "true"
                前导零     "007"
                千分       "1,000"
                整数       "3"
                引号       "a\"\"\"b, c"
                多行       "第一行\n第二行"
                大于       ≥90%
            }
        }
    }
}
=== run
jxc build -f csv --no-bom -A W0701 -A W0702 -A W0703 a.jx | sed 's/\r$/\\r/'
=== stdout
年度,表式,主管部门,实施单位,项目,一级指标,二级指标,三级指标,半年指标值,全年指标值\r
2025,通用项目,"A & B ""委""","＝HYPERLINK(""http://x"")",－减号开头,产出指标,数量指标,＝SUM(A1),,＝1+1\r
2025,通用项目,"A & B ""委""","＝HYPERLINK(""http://x"")",－减号开头,产出指标,数量指标,＋3,,＋3\r
2025,通用项目,"A & B ""委""","＝HYPERLINK(""http://x"")",－减号开头,产出指标,数量指标,－,,－\r
2025,通用项目,"A & B ""委""","＝HYPERLINK(""http://x"")",－减号开头,产出指标,数量指标,＠cmd,,＠x\r
2025,通用项目,"A & B ""委""","＝HYPERLINK(""http://x"")",－减号开头,产出指标,数量指标,"  ＝1",,"  ＝2"\r
2025,通用项目,"A & B ""委""","＝HYPERLINK(""http://x"")",－减号开头,产出指标,数量指标,百分比,,100％\r
2025,通用项目,"A & B ""委""","＝HYPERLINK(""http://x"")",－减号开头,产出指标,数量指标,等于,,＝100%\r
2025,通用项目,"A & B ""委""","＝HYPERLINK(""http://x"")",－减号开头,产出指标,数量指标,小数,,９５．００\r
2025,通用项目,"A & B ""委""","＝HYPERLINK(""http://x"")",－减号开头,产出指标,数量指标,分数,,３／４\r
2025,通用项目,"A & B ""委""","＝HYPERLINK(""http://x"")",－减号开头,产出指标,数量指标,区间,,１－２\r
2025,通用项目,"A & B ""委""","＝HYPERLINK(""http://x"")",－减号开头,产出指标,数量指标,括号,,（５）\r
2025,通用项目,"A & B ""委""","＝HYPERLINK(""http://x"")",－减号开头,产出指标,数量指标,真假,,ｔｒｕｅ\r
2025,通用项目,"A & B ""委""","＝HYPERLINK(""http://x"")",－减号开头,产出指标,数量指标,前导零,,００７\r
2025,通用项目,"A & B ""委""","＝HYPERLINK(""http://x"")",－减号开头,产出指标,数量指标,千分,,１，０００\r
2025,通用项目,"A & B ""委""","＝HYPERLINK(""http://x"")",－减号开头,产出指标,数量指标,整数,,3\r
2025,通用项目,"A & B ""委""","＝HYPERLINK(""http://x"")",－减号开头,产出指标,数量指标,引号,,"a""""""b, c"\r
2025,通用项目,"A & B ""委""","＝HYPERLINK(""http://x"")",－减号开头,产出指标,数量指标,多行,,"第一行
第二行"\r
2025,通用项目,"A & B ""委""","＝HYPERLINK(""http://x"")",－减号开头,产出指标,数量指标,大于,,≥90%\r
=== stderr
a.jx:7:4: warning[W0712]: '-减号开头' 有指标，却没有任何金额：没有资金、总额和支出
  |
7 | 项目 "-减号开头" {
  |      ^^^^^^^^^^^
1 个警告
