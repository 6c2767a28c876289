# A file of one long line with many errors at its end: each excerpt measures only its window
# around the column (not the line from its start), and the column of each error is counted from
# marks kept every 4096 bytes, so the time is linear in the file's size. A line of 2,000,000
# blanks, a CJK word and a tab, then 1,200 wrong characters, with --max-errors=1000, took 37 s
# and more before (each of the 1,000 errors measured the whole line); now well under a second.
# The CPU limit makes the old quadratic behaviour fail instead of hang: 20 s, or 120 s under
# valgrind (JXC_WRAPPER), where the linear run takes some 15 s of CPU and the 20 s were met on a
# busy machine (the quadratic one would take well over 120 there).
=== run
{ printf '项目 A { x '; head -c 2000000 /dev/zero | tr '\000' ' '; printf '甲\t乙'; head -c 1200 /dev/zero | tr '\000' ':'; printf ' }\n'; } > tail.jx
(ulimit -t $([ -n "$JXC_WRAPPER" ] && echo 120 || echo 20); jxc check --lang=en --max-errors=1000 tail.jx 2> out.txt; echo "exit $?")
grep -c 'error\[E0106\]' out.txt
sed -n '1,5p;$p' out.txt
=== stdout
exit 1
1000
tail.jx:1:2000013: error[E0106]: unexpected character ':'
  |
1 | …                      甲    乙::::::::::::::::::::::::::::::::::::::::::::::::::::::::::::::::::::::…
  |                                ^
  = help: a name that starts with a digit or holds spaces, colons, '-' or ASCII parentheses is written as a string: "…"
1000 errors
