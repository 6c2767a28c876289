# A renamed file: git passes nine arguments to the external diff driver (the seven, then the
# new path and its "similarity index" text). jxc diff takes them and shows the semantic diff
# under the new name (a/OLD b/NEW, and the JSON's old and new), so `git log -p --ext-diff` goes
# on through the rename instead of stopping there. In a real repository: the first commit adds
# a.jx, the second renames it to b.jx and changes an amount, the third renames it to c.jx and
# breaks it, so the driver falls back to a line diff that names the version with errors by its
# path in the repository (b/c.jx), not by git's temporary file.
# Eight arguments are neither form: a usage error (status 2).
=== file: old.jx
项目 甲 { 表式 通用项目; 年度 2025; 主管部门 某委员会; 年度目标 "x"; 资金 { 财政拨款 10 } }
=== file: new.jx
项目 甲 { 表式 通用项目; 年度 2025; 主管部门 某委员会; 年度目标 "x"; 资金 { 财政拨款 12 } }
=== run
jxc diff p/a.jx old.jx 1111111 100644 new.jx 2222222 100644 q/b.jx 'similarity index 90%
rename from p/a.jx
rename to q/b.jx
'; echo "exit $?"
jxc diff -f json p/a.jx old.jx 1111111 100644 new.jx 2222222 100644 q/b.jx 'similarity index 90%' | head -c 60; echo
jxc diff -f markdown p/a.jx old.jx 1111111 100644 new.jx 2222222 100644 q/b.jx 'similarity index 90%' | head -1
jxc diff p/a.jx old.jx 1111111 100644 new.jx 2222222 100644 q/b.jx; echo "exit $?"
=== stdout
jxc diff a/p/a.jx b/q/b.jx
~ 项目 甲（2025年）
    资金
      ~ 资金总额   10 → 12 万元（+2，+20%）
      ~ 财政拨款   10 → 12 万元（+2，+20%）

合计：项目 修改 1、新增 0、删除 0；指标 新增 0、删除 0、改名 0、修改 0；目标 收紧 0、放宽 0、改变 0；金额 2 处变化；字段 0 处变化
exit 0
{
	"version":	1,
	"path":	"q/b.jx",
	"old":	"p/a.jx",
	"new"
### p/a.jx → q/b.jx
exit 2
=== stderr
jxc: diff 需要两个文件或目录：旧版本和新版本（或 git 的七个或九个参数）
（用法见 jxc help diff）
=== run
export HOME="$PWD" GIT_CONFIG_NOSYSTEM=1 GIT_AUTHOR_DATE='2025-01-01T00:00:00Z' GIT_COMMITTER_DATE='2025-01-01T00:00:00Z'
git init -q repo && cd repo
git config user.email t@example.com && git config user.name t
echo '*.jx diff=jx' > .gitattributes
cp ../old.jx a.jx && git add . && git commit -qm one
git mv a.jx b.jx && cp ../new.jx b.jx && git commit -qam two
git mv b.jx c.jx && sed 's/财政拨款 12/财政拨款/' ../new.jx > c.jx && git commit -qam three
git -c diff.jx.command='jxc diff' log -p --ext-diff -M --format='commit %s' 2>&1; echo "exit $?"
=== stdout
commit three

b/c.jx:1:57: error[E0201]: 语法错误：此处应为数字或'{'，却遇到'}'
  |
1 | 项目 甲 { 表式 通用项目; 年度 2025; 主管部门 某委员会; 年度目标 "x"; 资金 { 财政拨款 } }
  |                                                                                      ^
1 个错误
jxc diff：b/c.jx 有错误，无法比较
jxc diff a/b.jx b/c.jx
（b/c.jx 有错误，以下是逐行比较）
--- a/b.jx
+++ b/c.jx
@@ -1 +1 @@
-项目 甲 { 表式 通用项目; 年度 2025; 主管部门 某委员会; 年度目标 "x"; 资金 { 财政拨款 12 } }
+项目 甲 { 表式 通用项目; 年度 2025; 主管部门 某委员会; 年度目标 "x"; 资金 { 财政拨款 } }
commit two

jxc diff a/a.jx b/b.jx
~ 项目 甲（2025年）
    资金
      ~ 资金总额   10 → 12 万元（+2，+20%）
      ~ 财政拨款   10 → 12 万元（+2，+20%）

合计：项目 修改 1、新增 0、删除 0；指标 新增 0、删除 0、改名 0、修改 0；目标 收紧 0、放宽 0、改变 0；金额 2 处变化；字段 0 处变化
commit one

diff --git a/.gitattributes b/.gitattributes
new file mode 100644
index 0000000..57ce733
--- /dev/null
+++ b/.gitattributes
@@ -0,0 +1 @@
+*.jx diff=jx
jxc diff a/a.jx b/a.jx
+ 项目 甲（2025年）
    资金总额 10 万元，0 个指标

合计：项目 修改 0、新增 1、删除 0；指标 新增 0、删除 0、改名 0、修改 0；目标 收紧 0、放宽 0、改变 0；金额 0 处变化；字段 0 处变化
exit 0
