# E0302: A field the form does not have gets a did-you-mean.
# The first run breaks exactly that rule; the second is the correct twin, silent.
=== file: bad.jx (fixture 通用项目, replacing)
    开始时间 2025
=== with
    开始时间 2025
    项目负责任 张三
=== file: good.jx (fixture 通用项目, replacing)
    开始时间 2025
=== with
    开始时间 2025
    项目负责人 张三
=== run
jxc check --lang=en bad.jx
=== stderr
bad.jx:10:5: error[E0302]: form '通用项目' has no field '项目负责任'
   |
10 |     项目负责任 张三
   |     ^^^^^^^^^^
   = help: did you mean '项目负责人'?
1 error
=== exit
1
=== run
jxc check --lang=en good.jx
