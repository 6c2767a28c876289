# A table nested as deep as the limit allows (60 levels of expense lines inside 项目 and 支出)
# goes through every command: check, the three outputs, fmt and diff. Nothing recurses deeper
# than the nesting limit, so the stack holds (this runs under ASan and valgrind too).
=== run
{ printf '项目 深 {\n  表式 通用项目\n  年度 2025\n  主管部门 某局\n  年度目标 "x"\n  资金 {\n    财政拨款 1\n  }\n  支出 {\n'
  i=0; while [ $i -lt 60 ]; do printf '支%d 1 {\n' $i; i=$((i+1)); done
  printf '项 1\n'
  i=0; while [ $i -lt 60 ]; do printf '}\n'; i=$((i+1)); done
  printf '  }\n}\n'; } > deep.jx
jxc check -A W0701 -A W0702 -A W0703 -A W0705 deep.jx && echo check ok
jxc build -f json deep.jx 2>/dev/null | grep -c '"children"'
jxc build -f csv --table expenses deep.jx 2>/dev/null | wc -l
jxc build -f html deep.jx > /dev/null 2>&1 && echo html ok
jxc fmt deep.jx > formatted.jx && jxc fmt --check formatted.jx && echo fmt ok
jxc diff deep.jx formatted.jx && echo diff ok
=== stdout
check ok
62
2
html ok
fmt ok
没有差异。
diff ok
