# A thousand '{' never closed: one E0901 at the 65th, one E0202 at the end of the file for the
# innermost '{' the parser saw; no deep recursion, no cascade.
=== run
i=0; { printf '项目 A {\n'; while [ $i -lt 1000 ]; do printf 'a {\n'; i=$((i+1)); done; } > open.jx
jxc check --lang=en open.jx
=== stderr
open.jx:65:3: error[E0901]: nesting too deep: at most 64 levels of braces
   |
65 | a {
   |   ^
open.jx:1002:1: error[E0202]: '}' expected (to close '{' at line 65)
     |
1002 | 
     | ^
open.jx:65:3: note: '{' opened here
   |
65 | a {
   |   -
2 errors
=== exit
1
