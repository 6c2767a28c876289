# jxc lsp over standard input and output: a session from initialize to exit (exit status 0),
# with the diagnostics of the opened document and a body that is not JSON answered by a
# JSON-RPC error; the input ending without shutdown and exit gives status 1; arguments are a
# usage error. (tests/suites/lsp.sh drives the whole protocol with a scripted client.)
=== file: session.bin (escaped)
Content-Length: 75\r\n\r\n{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"capabilities":{}}}Content-Length: 458\r\n\r\n{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"file:///nowhere/a.jx","languageId":"jx","version":1,"text":"默认 { 表式 通用项目; 年度 2025; 主管部门 某局; 年度目标 \\"完成\\" }\\n项目 甲 {\\n    开始时间 2025\\n    完成时间 2025\\n    资金 { 财政拨款 90 }\\n    支出 { 业务费 全年 90 }\\n    指标 {\\n        产出指标 { 数量指标 { 培训人次 ≥100人吃 } }\\n    }\\n}\\n"}}}Content-Length: 7\r\n\r\n{"id":2Content-Length: 44\r\n\r\n{"jsonrpc":"2.0","id":3,"method":"shutdown"}Content-Length: 33\r\n\r\n{"jsonrpc":"2.0","method":"exit"}
=== file: no-exit.bin (escaped)
Content-Length: 75\r\n\r\n{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"capabilities":{}}}
=== run
jxc --lang=en lsp < session.bin > out; echo "exit $?"; tr -d '\r' < out | sed 's/Content-Length: [0-9]*/\n--/g'; echo
=== stdout
exit 0

--

{"jsonrpc":"2.0","id":1,"result":{"capabilities":{"positionEncoding":"utf-16","textDocumentSync":{"openClose":true,"change":2,"save":{"includeText":false}},"completionProvider":{"triggerCharacters":[" ","%","\t"]},"hoverProvider":true,"definitionProvider":true,"documentSymbolProvider":true,"documentFormattingProvider":true,"codeActionProvider":{"codeActionKinds":["quickfix"]}},"serverInfo":{"name":"jxc","version":"0.1.0"}}}
--

{"jsonrpc":"2.0","method":"textDocument/publishDiagnostics","params":{"uri":"file:///nowhere/a.jx","version":1,"diagnostics":[{"range":{"start":{"line":6,"character":4},"end":{"line":6,"character":6}},"severity":2,"code":"W0701","source":"jxc","message":"'甲' has no indicator under 成本指标"},{"range":{"start":{"line":6,"character":4},"end":{"line":6,"character":6}},"severity":2,"code":"W0701","source":"jxc","message":"'甲' has no indicator under 效益指标"},{"range":{"start":{"line":6,"character":4},"end":{"line":6,"character":6}},"severity":2,"code":"W0701","source":"jxc","message":"'甲' has no indicator under 满意度指标"},{"range":{"start":{"line":6,"character":4},"end":{"line":6,"character":6}},"severity":2,"code":"W0702","source":"jxc","message":"'甲' has no indicator under 产出指标 › 质量指标"},{"range":{"start":{"line":6,"character":4},"end":{"line":6,"character":6}},"severity":2,"code":"W0702","source":"jxc","message":"'甲' has no indicator under 产出指标 › 时效指标"},{"range":{"start":{"line":7,"character":31},"end":{"line":7,"character":33}},"severity":1,"code":"E0307","source":"jxc","message":"unknown unit '人吃'\nhelp: did you mean '人次'?"}]}}
--

{"jsonrpc":"2.0","id":null,"error":{"code":-32700,"message":"the body is not JSON"}}
--

{"jsonrpc":"2.0","id":3,"result":null}
=== run
jxc lsp < no-exit.bin > /dev/null; echo "exit $?"
=== stdout
exit 1
=== run
jxc --lang=en lsp extra
=== stderr
jxc: lsp takes no arguments (it talks to the editor over standard input and output)
(see 'jxc help lsp')
=== exit
2
