# help explains the commands, options and exit status, in Chinese and English.
=== run
jxc help; jxc help build; jxc --lang=en help; jxc --lang=en help fmt; jxc --lang=en help diff
=== stdout
jxc — 预算绩效目标语言 jx 的编译器

用法：jxc 命令 [选项] 参数...

命令：
  check [选项] 文件|目录...     检查，只报告诊断信息
  build -f 格式 [-o 路径] [选项] 文件|目录...
                                检查并生成输出
  fmt [-w | --check | --diff] 文件|目录...
                                按统一格式排版
  diff [-f text|markdown|json] 旧 新
                                语义比较两个版本
  score 目标.jx… 评价.jx…       按评分规则为绩效自评打分
  monitor [--as-of 日期] 目标.jx… 监控.jx…
                                运行监控：序时进度与红黄绿灯
  new 表式名 [名称] [文件.jx…] [-o 文件]
                                按表式新建一张待填写的表
  import 文件.xlsx|文件.csv [文件.jx…] [--form 表式名] [-o 文件.jx]
                                把已有的 Excel 表或 CSV 导入为 .jx
  lsp                           语言服务器（供编辑器使用，经标准输入输出）
  tokens [--count] 文件|目录...
                                列出词法单元（供开发者排查）
  help [命令 | 表式 [表式名] [文件.jx…]]
                                显示帮助

目录表示其下所有 .jx 文件；'-' 表示标准输入。

各命令通用的选项：
  --lang=zh|en                  提示信息的语言（默认中文；也可设环境变量 JXC_LANG=en）
  --color=auto|always|never     终端颜色（默认 auto：终端上着色，设了 NO_COLOR 则不着色）
  -h, --help                    显示帮助
  -V, --version                 显示版本

jxc help 命令 显示该命令的用法和全部选项。
退出状态：0 没有错误；1 输入有错误（--strict 时含警告）；2 用法或读写错误。
各诊断代码的说明见 docs/diagnostics.md。
用法：jxc build -f 格式 [-o 路径] [选项] 文件|目录...

检查输入，没有错误时生成输出；有错误时不生成任何输出，退出状态为 1。
各种输出的说明见 docs/outputs.md 和 docs/json.md。

选项：
  --diagnostics=text|json|github|sarif
                                诊断信息的格式（默认 text）
  --diagnostics-file=路径       另把诊断写入文件，供 CI 上传（--diagnostics 所指的机器格式，
                                默认 SARIF）；终端上仍显示文字
  --strict                      有警告也视为失败
  -A, --allow=代码              关闭某个警告，如 -A W0602（可多次使用）
  --allow-import-outside        允许 导入 读取任何位置的文件（默认只读文件所在目录之下）
  --allow-import=目录           也允许 导入 读取这个目录之下的文件（可多次使用）
  --max-errors=N                最多报告 N 个错误（默认 100）
  --max-warnings=N              最多报告 N 个警告和提示（默认 100）
  -f, --format=json|csv|html|xlsx
                                输出格式
  -o, --output=路径             写入文件（先写临时文件再改名，失败不会损坏原文件）；
                                默认写到标准输出

输出格式：
  json                          JSON，供其他系统读取（docs/json.md，附 JSON Schema）
  csv                           CSV（逗号分隔，CRLF，默认 UTF-8 带 BOM，Excel、WPS 可直接打开）；
                                以 = + - @ 开头等会被电子表格改写的文字写成全角（＝100%），
                                金额仍是可求和的数字
      --table=indicators|funds|expenses
                                输出哪张表（默认 indicators：每个三级指标一行）
      --no-bom                  不写 UTF-8 BOM
      --encoding=utf-8|gb18030  输出编码（gb18030 供旧版 Excel、WPS 使用）
  html                          HTML（一个自包含页面：目录、资金概览图、按官方表式排版的各表，
                                可打印为 A4）
      --split=目录              每张表写一个页面，另写目录页 index.html
  xlsx                          Excel 工作簿（.xlsx）：每张表一个工作表，按官方表式排版，可打印为 A4；
                                另有目录和全部指标的明细表

各命令通用的选项：
  --lang=zh|en                  提示信息的语言（默认中文；也可设环境变量 JXC_LANG=en）
  --color=auto|always|never     终端颜色（默认 auto：终端上着色，设了 NO_COLOR 则不着色）
  -h, --help                    显示帮助
  -V, --version                 显示版本
jxc - the compiler of jx, the language of budget performance targets

Usage: jxc COMMAND [options] ARGUMENTS...

Commands:
  check [options] FILE|DIR...   check; print diagnostics only
  build -f FORMAT [-o PATH] [options] FILE|DIR...
                                check, then write an output
  fmt [-w | --check | --diff] FILE|DIR...
                                format in the one canonical layout
  diff [-f text|markdown|json] OLD NEW
                                compare two versions semantically
  score TARGETS.jx… EVALUATIONS.jx…
                                score the self-evaluations by their profile
  monitor [--as-of DATE] TARGETS.jx… MONITORING.jx…
                                monitoring: pro-rata progress and the lights
  new FORM [NAME] [FILE.jx…] [-o FILE]
                                start a new table on a form, to fill in
  import FILE.xlsx|FILE.csv [FILE.jx…] [--form FORM] [-o FILE.jx]
                                import an existing Excel table or CSV into .jx
  lsp                           the language server (for editors, over standard input and output)
  tokens [--count] FILE|DIR...  list the lexer's tokens (for developers)
  help [COMMAND | 表式 [FORM] [FILE.jx…]]
                                show help

A directory means every .jx file below it; '-' reads standard input.

Options of every command:
  --lang=zh|en                  language of the messages (default: Chinese; or JXC_LANG=en)
  --color=auto|always|never     colour (default auto: on a terminal, unless NO_COLOR is set)
  -h, --help                    show help
  -V, --version                 show the version

'jxc help COMMAND' shows a command's usage and all its options.
Exit status: 0 no errors; 1 errors in the input (or warnings with --strict); 2 usage or I/O error.
Every diagnostic code is explained in docs/diagnostics.md.
Usage: jxc fmt [-w | --check | --diff] FILE|DIR...

Prints the files in the one canonical layout, keeping every comment.

Options:
  --diagnostics=text|json|github|sarif
                                format of the diagnostics (default: text)
  --max-errors=N                report at most N errors (default 100)
  --max-warnings=N              report at most N warnings and notes (default 100)
  -w, --write                   rewrite the files in place
  --check                       list the files that are not formatted; exit 1 if any
  --diff                        show what formatting would change

Options of every command:
  --lang=zh|en                  language of the messages (default: Chinese; or JXC_LANG=en)
  --color=auto|always|never     colour (default auto: on a terminal, unless NO_COLOR is set)
  -h, --help                    show help
  -V, --version                 show the version
Usage: jxc diff [-f text|markdown|json] OLD NEW

Compares two versions (files or directories) semantically: projects matched by name, 年度
and 实施单位, indicators by path; funds changes, and each target tightened, loosened or
changed. Exit status: 0 no difference, 1 differences, 2 trouble. It also serves as git's
external diff driver (git's seven arguments, nine for a rename); see docs/review.md.

Options:
  --diagnostics=text|json|github|sarif
                                format of the diagnostics (default: text)
  --allow-import-outside        let 导入 read any file (default: below the file's directory)
  --allow-import=DIR            let 导入 also read files below this directory (repeatable)
  --max-errors=N                report at most N errors (default 100)
  --max-warnings=N              report at most N warnings and notes (default 100)
  -f, --format=text|markdown|json
                                the format of the comparison (default: text)

Options of every command:
  --lang=zh|en                  language of the messages (default: Chinese; or JXC_LANG=en)
  --color=auto|always|never     colour (default auto: on a terminal, unless NO_COLOR is set)
  -h, --help                    show help
  -V, --version                 show the version
