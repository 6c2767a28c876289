# Output that cannot be written is trouble (status 2), for every command and on either stream:
# diagnostics to a full standard error (2>/dev/full), whatever their format, and anything to a
# full standard output, said once on standard error. A run that has nothing to write does not
# fail (the last runs: a correct file's check, a fmt --check of a formatted file).
=== file: ok.jx (fixture 通用项目)
=== file: other.jx (fixture 通用项目, replacing)
项目 培训项目 {
=== with
项目 学习项目 {
=== file: messy.jx
默认   {
  年度 2025
}
=== file: bad.jx
项目 {
=== run
for f in text json github sarif; do jxc check --diagnostics=$f bad.jx 2>/dev/full; echo "check $f: $?"; done
jxc fmt bad.jx 2>/dev/full; echo "fmt bad: $?"
for f in json csv html xlsx; do jxc build -f $f ok.jx >/dev/full; echo "build $f: $?"; done
jxc fmt ok.jx >/dev/full; echo "fmt: $?"
jxc fmt --diff messy.jx >/dev/full; echo "fmt --diff: $?"
jxc diff ok.jx other.jx >/dev/full; echo "diff: $?"
jxc tokens ok.jx >/dev/full; echo "tokens: $?"
jxc new 通用项目 >/dev/full; echo "new: $?"
jxc help >/dev/full; echo "help: $?"
jxc help 表式 通用项目 >/dev/full; echo "help 表式: $?"
jxc --version >/dev/full; echo "version: $?"
jxc --lang=en tokens ok.jx >/dev/full; echo "tokens en: $?"
jxc check ok.jx 2>/dev/full; echo "check ok: $?"
jxc fmt --check ok.jx >/dev/full; echo "fmt --check ok: $?"
=== stdout
check text: 2
check json: 2
check github: 2
check sarif: 2
fmt bad: 2
build json: 2
build csv: 2
build html: 2
build xlsx: 2
fmt: 2
fmt --diff: 2
diff: 2
tokens: 2
new: 2
help: 2
help 表式: 2
version: 2
tokens en: 2
check ok: 0
fmt --check ok: 0
=== stderr
jxc: 无法写入标准输出：磁盘空间不足
jxc: 无法写入标准输出：磁盘空间不足
jxc: 无法写入标准输出：磁盘空间不足
jxc: 无法写入标准输出：磁盘空间不足
jxc: 无法写入标准输出：磁盘空间不足
jxc: 无法写入标准输出：磁盘空间不足
jxc: 无法写入标准输出：磁盘空间不足
jxc: 无法写入标准输出：磁盘空间不足
jxc: 无法写入标准输出：磁盘空间不足
jxc: 无法写入标准输出：磁盘空间不足
jxc: 无法写入标准输出：磁盘空间不足
jxc: 无法写入标准输出：磁盘空间不足
jxc: cannot write standard output: No space left on device
