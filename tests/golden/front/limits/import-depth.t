# A chain of imports deeper than 64 files is cut with E0905 at the import that goes too deep,
# so that no input can make the loader recurse without bound.
=== run
i=0; while [ $i -lt 70 ]; do printf '导入 "f%d.jx"\n' $((i+1)) > f$i.jx; i=$((i+1)); done
printf '单位 层 计数\n' > f70.jx
jxc check --lang=en f0.jx
=== stderr
f63.jx:1:4: error[E0905]: imports nested too deeply: 'f64.jx' is imported at depth 65 (at most 64)
  |
1 | 导入 "f64.jx"
  |      ^^^^^^^^
1 error
=== exit
1
