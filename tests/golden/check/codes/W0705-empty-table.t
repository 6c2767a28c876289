# W0705: A table with no funds, expenses or indicators (the seed's empty Nantong table).
# The first run breaks exactly that rule; the second is the correct twin, silent.
=== file: bad.jx (fixture 通用项目, replacing)
    }
}
=== with
    }
}

项目 空表 {
}
=== file: good.jx (fixture 通用项目)
=== run
jxc check --lang=en bad.jx
=== stderr
bad.jx:47:4: warning[W0705]: '空表' is an empty table: no funds, expenses or indicators
   |
47 | 项目 空表 {
   |      ^^^^
1 warning
=== run
jxc check --lang=en good.jx
