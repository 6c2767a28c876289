# Braces nested deeper than 64 levels: E0901 at the first '{' past the limit; the block under
# it is skipped (its braces still pair up), and the rest of the file is read as usual.
=== file: deep.jx
默认 {
    表式 通用项目
    年度 2025
    主管部门 某某局
    实施单位 某某中心
}
项目 深 {
    指标 {
层0 {
层1 {
层2 {
层3 {
层4 {
层5 {
层6 {
层7 {
层8 {
层9 {
层10 {
层11 {
层12 {
层13 {
层14 {
层15 {
层16 {
层17 {
层18 {
层19 {
层20 {
层21 {
层22 {
层23 {
层24 {
层25 {
层26 {
层27 {
层28 {
层29 {
层30 {
层31 {
层32 {
层33 {
层34 {
层35 {
层36 {
层37 {
层38 {
层39 {
层40 {
层41 {
层42 {
层43 {
层44 {
层45 {
层46 {
层47 {
层48 {
层49 {
层50 {
层51 {
层52 {
层53 {
层54 {
层55 {
层56 {
层57 {
层58 {
层59 {
层60 {
层61 {
层62 {
层63 {
层64 {
层65 {
层66 {
层67 {
层68 {
层69 {
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
    }
}
=== run
jxc check --lang=en deep.jx
=== stderr
deep.jx:71:5: error[E0901]: nesting too deep: at most 64 levels of braces
   |
71 | 层62 {
   |      ^
1 error
=== exit
1
