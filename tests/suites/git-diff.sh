#!/usr/bin/env bash
# jxc diff as git's external diff driver, set up exactly as docs/review.md says (the lines are
# read from that page): in a temporary repository, `git diff` and `git log -p --ext-diff` show
# the semantic diff of a seed file whose budget grew while a target loosened; an added and a
# deleted file (git passes /dev/null) work; a commit that does not compile gets a line diff and
# git goes on; `git diff --no-ext-diff` is still the plain diff.
set -eu
jxc=$1
root=$(cd "$(dirname "$0")/../.." && pwd)
command -v git >/dev/null || "$root/scripts/deps.sh" test
command -v git >/dev/null || { echo "git is not installed" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }
expect() { # expect NAME TEXT FILE
  grep -qF -- "$2" "$3" || { echo "--- $1:" >&2; head -60 "$3" >&2; fail "$1 does not show: $2"; }
}

# jxc on PATH under its own name, as the documented command expects.
mkdir "$work/bin"
ln -s "$jxc" "$work/bin/jxc"
export PATH="$work/bin:$PATH"

attr=$(grep -m1 -x '\*\.jx diff=jx' "$root/docs/review.md") || fail "docs/review.md has no .gitattributes line"
config=$(grep -m1 '^git config diff\.jx\.command ' "$root/docs/review.md") || fail "docs/review.md has no git config line"

repo=$work/repo
mkdir "$repo"
cd "$repo"
git init -q
git config user.email reviewer@example.com
git config user.name reviewer
git config core.pager cat
printf '%s\n' "$attr" > .gitattributes
eval "$config"

cp "$root/examples/jiangsu-2025.jx" budget.jx
git add .gitattributes budget.jx
git commit -qm "2025 budget"

# The second version: 医疗事故技术鉴定's budget 90 → 120, its 案件办理率 全年 ≥90% → ≥85%.
python3 - <<'PY'
p = "budget.jx"
s = open(p, encoding="utf-8").read()
first = s.index("项目 医疗事故技术鉴定")
end = s.index("\n}\n", first)
body = s[first:end]
body = body.replace("资金总额         90", "资金总额         120", 1)
body = body.replace("一般公共预算资金 90", "一般公共预算资金 120", 1)
body = body.replace("医疗事故技术鉴定 半年 30 全年 90", "医疗事故技术鉴定 半年 30 全年 120", 1)
body = body.replace("案件办理率        半年 ≥90%  全年 ≥90%", "案件办理率        半年 ≥90%  全年 ≥85%", 1)
assert body != s[first:end]
open(p, "w", encoding="utf-8").write(s[:first] + body + s[end:])
PY
jxc check budget.jx >/dev/null 2>&1 || fail "the second version does not compile"
git commit -qam "raise the budget"

git diff HEAD~1 HEAD > "$work/diff.txt" || fail "git diff failed"
expect "git diff" "jxc diff a/budget.jx b/budget.jx" "$work/diff.txt"
expect "git diff" "! 警告" "$work/diff.txt"
expect "git diff" "资金总额           90 → 120 万元（+30，+33.3%）" "$work/diff.txt"
expect "git diff" "案件办理率   全年 ≥90% → ≥85%   放宽：下限降低" "$work/diff.txt"
expect "git diff" "合计：项目 修改 1" "$work/diff.txt"
if grep -q '^@@' "$work/diff.txt"; then fail "git diff shows a line diff, not the semantic one"; fi

git log -p --ext-diff > "$work/log.txt" || fail "git log -p --ext-diff failed"
expect "git log -p --ext-diff" "放宽：下限降低" "$work/log.txt"
# The first commit adds the file: git passes /dev/null as the old version.
expect "git log -p --ext-diff" "+ 项目 医疗事故技术鉴定（2025年，江苏省医学会）" "$work/log.txt"

git diff --no-ext-diff HEAD~1 HEAD > "$work/plain.txt"
expect "git diff --no-ext-diff" "@@" "$work/plain.txt"

# The working tree against the index, in English, as Markdown.
git config diff.jx.command "jxc diff --lang=en -f markdown"
sed -i 's/全年 ≥85%/全年 ≥95%/' budget.jx
git diff > "$work/wt.txt"
expect "git diff (worktree)" "**收紧 (tightened)**: lower bound raised" "$work/wt.txt"
git checkout -q budget.jx
eval "$config"

# A deleted file, and a commit that does not compile: git goes on.
cp budget.jx other.jx
git add other.jx
git commit -qm "a copy"
git rm -q other.jx
printf '项目 坏 {\n    资金 { 财政拨款 }\n}\n' > broken.jx
git add broken.jx
git commit -qm "delete the copy; a broken file"
git show --ext-diff HEAD > "$work/show.txt" 2> "$work/show.err" || fail "git show --ext-diff stopped at a file with errors"
expect "git show --ext-diff" "- 项目 医疗事故技术鉴定（2025年，江苏省医学会）" "$work/show.txt"
expect "git show --ext-diff" "+项目 坏 {" "$work/show.txt"
expect "git show --ext-diff (stderr)" "error[E0201]" "$work/show.err"
echo "git diff, git log -p --ext-diff and git show --ext-diff show jxc's semantic diff"
