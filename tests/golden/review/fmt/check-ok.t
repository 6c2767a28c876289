# --check on formatted files prints nothing and exits 0.
=== file: ok.jx
项目 好 {
    年度目标 "x"
    指标 {
        产出指标 {
            数量指标 {
                次数   ≥1次
                覆盖率 ≥90%
            }
        }
    }
}
=== run
jxc fmt --check ok.jx
