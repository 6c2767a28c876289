# E0507: A department's 项目支出 line against the 资金总额 of the project of the same name and 年度 compiled with it.
# The first run breaks exactly that rule; the second is the correct twin. The department has no
# 效益指标 or 满意度指标, so both runs also give the two W0701.
=== file: bad.jx
部门 江苏省医学会 {
    表式 江苏省级部门整体
    年度 2025
    主要职能 "开展医学学术交流"
    机构设置及人员配置 "办公室等"
    中长期目标 "服务全省卫生健康事业"
    年度目标 "完成年度任务"
    资金 {
        一般公共预算资金 180
    }
    支出 {
        基本支出 半年 50 全年 100
        项目支出 半年 30 全年 80 {
            培训项目 半年 30 全年 80
        }
    }
}
=== file: project.jx (fixture 江苏省级项目)
=== file: good.jx
部门 江苏省医学会 {
    表式 江苏省级部门整体
    年度 2025
    主要职能 "开展医学学术交流"
    机构设置及人员配置 "办公室等"
    中长期目标 "服务全省卫生健康事业"
    年度目标 "完成年度任务"
    资金 {
        一般公共预算资金 190
    }
    支出 {
        基本支出 半年 50 全年 100
        项目支出 半年 30 全年 90 {
            培训项目 半年 30 全年 90
        }
    }
}
=== run
jxc check --lang=en -A W0705 bad.jx project.jx
=== stderr
bad.jx:1:4: warning[W0701]: '江苏省医学会' has no indicator under 效益指标
  |
1 | 部门 江苏省医学会 {
  |      ^^^^^^^^^^^^
bad.jx:1:4: warning[W0701]: '江苏省医学会' has no indicator under 满意度指标
  |
1 | 部门 江苏省医学会 {
  |      ^^^^^^^^^^^^
bad.jx:14:27: error[E0507]: the department gives project '培训项目' 80 万元, but that project's table of the same 年度 has a 资金总额 of 90 万元
   |
14 |             培训项目 半年 30 全年 80
   |                                   ^^
project.jx:13:4: note: project '培训项目' states its 资金总额 here
   |
13 | 项目 培训项目 {
   |      --------
1 error, 2 warnings
=== exit
1
=== run
jxc check --lang=en -A W0705 good.jx project.jx
=== stderr
good.jx:1:4: warning[W0701]: '江苏省医学会' has no indicator under 效益指标
  |
1 | 部门 江苏省医学会 {
  |      ^^^^^^^^^^^^
good.jx:1:4: warning[W0701]: '江苏省医学会' has no indicator under 满意度指标
  |
1 | 部门 江苏省医学会 {
  |      ^^^^^^^^^^^^
2 warnings
