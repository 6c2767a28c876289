# A file saved as GBK/GB18030 (Windows Notepad's "ANSI" on a Chinese system) or as UTF-16 (its
# "Unicode", with a byte-order mark) gets one E0101 that says so and how to convert it, not an
# error for every character (or NUL byte); jxc does not go on to lex the rest. A UTF-8 file with one stray byte still gets the plain E0101 (lexer/bad-utf8).
=== file: gbk.jx (escaped)
# \xC4\xCF\xCD\xA8\xCA\xD0\xB1\xBE\xBC\xB6\xCF\xEE\xC4\xBF\x0A\xCF\xEE\xC4\xBF \xD2\xBD\xB1\xA3\xBB\xF9\xBD\xF0\xBC\xE0\xB6\xBD\xBC\xEC\xB2\xE9\xBE\xAD\xB7\xD1 {\x0A    \xC4\xEA\xB6\xC8\xC4\xBF\xB1\xEA "\xCE\xAC\xBB\xA4\xD2\xBD\xB1\xA3\xBB\xF9\xBD\xF0\xB0\xB2\xC8\xAB"\x0A}\x0A
=== file: u16.jx (escaped)
\xFF\xFE\x79\x98\xEE\x76\x20\x00\x4B\x6D\xD5\x8B\x20\x00\x7B\x00\x0A\x00\x7D\x00\x0A\x00
=== run
jxc check gbk.jx; jxc --lang=en check --diagnostics=json gbk.jx; jxc --lang=en check u16.jx
=== stderr
gbk.jx:1:3: error[E0101]: 无效的 UTF-8 字节 0xC4
  |
1 | # ??ͨ?б?????Ŀ
  |   ^
  = help: 整个文件看来是 GBK/GB18030 编码，而不是 UTF-8；其余部分不再检查
  = help: 在编辑器中另存为 UTF-8，或转换：iconv -f GB18030 -t UTF-8 旧文件.jx > 新文件.jx
1 个错误
{"severity":"error","code":"E0101","message":"invalid UTF-8 byte 0xC4","file":"gbk.jx","line":1,"column":3,"end_line":1,"end_column":4,"notes":[],"help":["the whole file looks like GBK/GB18030, not UTF-8; the rest of it is not checked","save it as UTF-8 in the editor, or convert it: iconv -f GB18030 -t UTF-8 old.jx > new.jx"]}
u16.jx:1:1: error[E0101]: invalid UTF-8 byte 0xFF
  |
1 | ??y??v  KmՋ  { 
  | ^
  = help: the file is UTF-16 (Notepad's "Unicode"), not UTF-8; the rest of it is not checked
  = help: save it as UTF-8 in the editor, or convert it: iconv -f UTF-16 -t UTF-8 old.jx > new.jx
1 error
=== exit
1
