# git's seven arguments (path old-file old-hex old-mode new-file new-hex new-mode), as git
# passes them to an external diff driver: the heading names the path, and the status is 0
# with differences too (git stops at a driver that fails). /dev/null stands for a file that
# is added. A version with errors gets its errors and a line diff, still with status 0; the
# errors and the messages name it by its path in the repository (b/p/a.jx), not by the
# temporary file git wrote.
=== file: old.jx
项目 甲 { 表式 通用项目; 年度 2025; 主管部门 某委员会; 年度目标 "x"; 资金 { 财政拨款 10 } }
=== file: new.jx
项目 甲 { 表式 通用项目; 年度 2025; 主管部门 某委员会; 年度目标 "x"; 资金 { 财政拨款 12 } }
=== file: bad.jx
项目 甲 { 表式 通用项目; 年度 2025; 主管部门 某委员会; 年度目标 "x"; 资金 { 财政拨款 } }
=== run
jxc diff p/a.jx old.jx 1111111 100644 new.jx 2222222 100644; echo "exit $?"; jxc diff p/a.jx /dev/null . . new.jx 2222222 100644; echo "exit $?"; jxc diff p/a.jx old.jx 1111111 100644 bad.jx 2222222 100644 2>&1; echo "exit $?"
=== stdout
jxc diff a/p/a.jx b/p/a.jx
~ 项目 甲（2025年）
    资金
      ~ 资金总额   10 → 12 万元（+2，+20%）
      ~ 财政拨款   10 → 12 万元（+2，+20%）

合计：项目 修改 1、新增 0、删除 0；指标 新增 0、删除 0、改名 0、修改 0；目标 收紧 0、放宽 0、改变 0；金额 2 处变化；字段 0 处变化
exit 0
jxc diff a/p/a.jx b/p/a.jx
+ 项目 甲（2025年）
    资金总额 12 万元，0 个指标

合计：项目 修改 0、新增 1、删除 0；指标 新增 0、删除 0、改名 0、修改 0；目标 收紧 0、放宽 0、改变 0；金额 0 处变化；字段 0 处变化
exit 0
b/p/a.jx:1:57: error[E0201]: 语法错误：此处应为数字或'{'，却遇到'}'
  |
1 | 项目 甲 { 表式 通用项目; 年度 2025; 主管部门 某委员会; 年度目标 "x"; 资金 { 财政拨款 } }
  |                                                                                      ^
1 个错误
jxc diff：b/p/a.jx 有错误，无法比较
jxc diff a/p/a.jx b/p/a.jx
（b/p/a.jx 有错误，以下是逐行比较）
--- a/p/a.jx
+++ b/p/a.jx
@@ -1 +1 @@
-项目 甲 { 表式 通用项目; 年度 2025; 主管部门 某委员会; 年度目标 "x"; 资金 { 财政拨款 10 } }
+项目 甲 { 表式 通用项目; 年度 2025; 主管部门 某委员会; 年度目标 "x"; 资金 { 财政拨款 } }
exit 0
