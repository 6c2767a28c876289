# The indicators table: the header of the language design's section 7, one row a 三级指标 in
# the form's framework order, a UTF-8 byte order mark and CRLF line ends (shown here as od
# output and as \r). The generic form has one value column, written under 全年指标值.
=== file: a.jx
默认 {
    表式 通用项目
    年度 2025
    主管部门 某某委员会
    实施单位 某某中心
}
项目 培训 {
    年度目标 "培训 300 人次"
    资金 {
        财政拨款 12.5
    }
    指标 {
        满意度指标 {
            服务对象满意度指标 {
                学员满意度 ≥90%
            }
        }
        产出指标 {
            数量指标 {
                培训人次 ≥300人次
                课程数   =12门
            }
            时效指标 {
                按时完成率 100%
            }
        }
    }
}
=== run
jxc build -f csv -A W0701 -A W0702 -o out.csv a.jx && od -An -c -N3 out.csv && tail -c +4 out.csv | sed 's/\r$/\\r/'
=== stdout
 357 273 277
年度,表式,主管部门,实施单位,项目,一级指标,二级指标,三级指标,半年指标值,全年指标值\r
2025,通用项目,某某委员会,某某中心,培训,产出指标,数量指标,培训人次,,≥300人次\r
2025,通用项目,某某委员会,某某中心,培训,产出指标,数量指标,课程数,,＝12门\r
2025,通用项目,某某委员会,某某中心,培训,产出指标,时效指标,按时完成率,,100％\r
2025,通用项目,某某委员会,某某中心,培训,满意度指标,服务对象满意度指标,学员满意度,,≥90%\r
