# fmt -w and build -o keep the file they write what it was. They used to replace a symbolic
# link by a regular file (leaving its target unformatted), split hard links, reset the mode to
# 644 (a private 600 file became world-readable), lose the group, and rewrite a read-only file
# without a word. Now: a link is written through, to its target, in the target's directory; the
# mode, owner and group are kept (the group as far as the system allows); a file with other
# hard links is rewritten in place after the complete new text is in a temporary file, so every
# link sees it; a read-only file is refused (status 2, untouched); a link to nothing creates
# its target; a loop of links is an error.
=== file: messy.jx
默认   {
  年度 2025
}
=== file: ok.jx (fixture 通用项目)
=== run
mkdir d e && cp messy.jx d/real.jx && ln -s ../d/real.jx e/link.jx
jxc fmt -w e/link.jx; echo "fmt -w: $?"
ls -l e/link.jx | sed 's/.* e/e/'; cat d/real.jx; ls d e
=== stdout
fmt -w: 0
e/link.jx -> ../d/real.jx
默认 {
    年度 2025
}
d:
real.jx

e:
link.jx
=== run
for m in 600 755 640; do cp messy.jx m$m.jx; chmod $m m$m.jx; jxc fmt -w m$m.jx; stat -c '%n %a' m$m.jx; done
cp messy.jx g.jx; chgrp daemon g.jx 2>/dev/null; before=$(stat -c %g g.jx)
jxc fmt -w g.jx; [ "$(stat -c %g g.jx)" = "$before" ] && echo "group kept"
=== stdout
m600.jx 600
m755.jx 755
m640.jx 640
group kept
=== run
cp messy.jx ro.jx; chmod 444 ro.jx
jxc fmt -w ro.jx; echo "fmt -w: $?"; cmp -s messy.jx ro.jx && echo untouched
echo '{}' > ro.json; chmod 444 ro.json
jxc --lang=en build -f json -o ro.json ok.jx; echo "build: $?"; cat ro.json; ls ro.*
=== stdout
fmt -w: 2
untouched
build: 2
{}
ro.json
ro.jx
=== stderr
jxc: 'ro.jx' 是只读文件：不会改写它（确实要改写，先 chmod u+w）
jxc: 'ro.json' is read-only: not rewriting it (chmod u+w it first if it is to change)
=== run
cp messy.jx h1.jx; ln h1.jx h2.jx
jxc fmt -w h1.jx; echo "fmt -w: $?"
[ "$(stat -c %i h1.jx)" = "$(stat -c %i h2.jx)" ] && echo "still one file, $(stat -c %h h2.jx) links"; cat h2.jx; ls h*
=== stdout
fmt -w: 0
still one file, 2 links
默认 {
    年度 2025
}
h1.jx
h2.jx
=== run
echo old > out.json; ln -s out.json to.json
jxc build -f json -o to.json ok.jx; echo "build: $?"; ls -l to.json | sed 's/.* to/to/'; head -c 1 out.json; echo
ln -s made.json dangling.json
jxc build -f json -o dangling.json ok.jx; echo "build: $?"; head -c 1 made.json; echo
ln -s loop2 loop1; ln -s loop1 loop2
jxc --lang=en build -f json -o loop1 ok.jx; echo "build: $?"
ls | grep -v "^[mghre]\|^ro\."
=== stdout
build: 0
to.json -> out.json
{
build: 0
{
build: 2
d
dangling.json
loop1
loop2
ok.jx
out.json
to.json
=== stderr
jxc: cannot write 'loop1': Too many levels of symbolic links
