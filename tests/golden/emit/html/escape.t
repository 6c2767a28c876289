# Every piece of user text is escaped (& < > " '), in the page title, the contents, the
# charts and the form; a """ text keeps its line break (shown by the style's pre-line).
=== file: a.jx
默认 {
    表式 通用项目
    年度 2025
    主管部门 "A & B \"委\" 'x'"
}
项目 "<script>alert(1)</script>" {
    年度目标 """
        第一行 <img src=x onerror=alert(2)>
        第二行 </td>
        """
    资金 {
        财政拨款 1
    }
}
=== run
jxc build -f html -A W0701 -A W0705 a.jx > out.html; grep -c '<script' out.html; grep -o '<title>[^<]*' out.html; grep -o '&lt;script&gt;alert(1)&lt;/script&gt;' out.html | wc -l; grep -A1 '第一行' out.html; grep -o 'A &amp; B &quot;委&quot; &#39;x&#39;' out.html
=== stdout
0
<title>&lt;script&gt;alert(1)&lt;/script&gt; · 项目支出绩效目标申报表
<title>&lt;script&gt;alert(1)&lt;/script&gt;：1 万元
<title>财政拨款：1 万元
5
<tr><td class="text"></td><td class="text">第一行 &lt;img src=x onerror=alert(2)&gt;
第二行 &lt;/td&gt;</td></tr>
A &amp; B &quot;委&quot; &#39;x&#39;
