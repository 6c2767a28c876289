# --diff shows what formatting would change, as a unified diff (git apply / patch -p1 read it),
# and exits 1 when there is something to change.
=== file: x.jx
项目 甲 {
    年度目标 "x"
    指标 {
        产出指标 {
            数量指标 {
                次数 >= 1次
                覆盖率 ≥90%
            }
        }
    }
}
=== run
jxc fmt --diff x.jx
=== stdout
--- a/x.jx
+++ b/x.jx
@@ -3,7 +3,7 @@
     指标 {
         产出指标 {
             数量指标 {
-                次数 >= 1次
+                次数   ≥1次
                 覆盖率 ≥90%
             }
         }
=== exit
1
