# -o naming something that is not a regular file (a pipe here; /dev/null, /dev/stdout alike) is
# written in place. The atomic write (a temporary file, then a rename) would have replaced
# the pipe or device itself with a regular file: run as root, `jxc build -o /dev/null` turned
# /dev/null into a file that grew until the disk was full.
=== file: t.jx
项目 A {
    表式 通用项目
    年度 2025
    主管部门 某局
    年度目标 "x"
    资金 {
        财政拨款 1
    }
    指标 {
        产出指标 {
            数量指标 {
                完成数 ≥1个
            }
        }
    }
}
=== run
mkfifo pipe
cat pipe > got.json &
jxc build -f json -o pipe -A W0701 t.jx; echo "exit $?"
wait
test -p pipe && echo "pipe is still a pipe"
grep -c '"name"' got.json
ls
=== stdout
exit 0
pipe is still a pipe
2
got.json
pipe
t.jx
=== stderr
t.jx:9:5: warning[W0702]: 'A' 的 产出指标 › 质量指标 下没有指标
  |
9 |     指标 {
  |     ^^^^
t.jx:9:5: warning[W0702]: 'A' 的 产出指标 › 时效指标 下没有指标
  |
9 |     指标 {
  |     ^^^^
2 个警告
