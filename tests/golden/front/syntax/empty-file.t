# An empty file declares nothing: a warning (W0204), exit 0.
=== file: t.jx
=== run
jxc check --lang=en t.jx
=== stderr
t.jx:1:1: warning[W0204]: the file declares nothing
  |
1 | 
  | ^
1 warning
