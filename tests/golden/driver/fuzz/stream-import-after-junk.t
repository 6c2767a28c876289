# Found by libFuzzer (run 8, with the oracle that compares jxc check reading one file at a time
# against compiling all at once): a control character before 导入 at the start of a line. The
# prescan of check_stream.c took the line for no statement, so it read the files one at a
# time and never followed the import; compiling all at once follows it even in a file with
# errors, and reports that form.jx cannot be read (E0312). Now the word 导入 anywhere in a file
# sends the files the usual way, and the two agree.
=== file: tables.jx
项目 甲 {
    表式 通用项目
}
=== file: input.jx (escaped)
\x05\xE5\xAF\xBC\xE5\x85\xA5 "form.jx"
=== run
jxc check --lang=en tables.jx input.jx > one.txt 2>&1; echo "exit $?" >> one.txt
JX_NO_STREAM=1 jxc check --lang=en tables.jx input.jx > all.txt 2>&1; echo "exit $?" >> all.txt
cmp -s one.txt all.txt && echo "the same"
cat one.txt
=== stdout
the same
input.jx:1:1: error[E0106]: unexpected character 'U+0005'
  |
1 | <U+0005>导入 "form.jx"
  | ^^^^^^^^
input.jx:1:5: error[E0312]: cannot import 'form.jx': No such file or directory
  |
1 | <U+0005>导入 "form.jx"
  |              ^^^^^^^^^
2 errors
exit 1
