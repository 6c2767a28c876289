" Vim syntax file
" Language:    jx, the language of budget performance targets (预算绩效目标表)
" Filenames:   *.jx
" The keywords are those of the language's table (compiler/front/lang.def); a keyword where a
" name is expected is a plain word, so only a keyword that starts a statement is marked.
if exists("b:current_syntax")
  finish
endif

syn case match

syn match   jxComment      "#.*$" contains=jxTodo,@Spell
syn keyword jxTodo         contained TODO FIXME XXX
syn region  jxTripleString start=+"""+ end=+"""+ contains=@Spell
syn region  jxString       start=+"+ skip=+\\\\\|\\"+ end=+"+ oneline contains=jxEscape,@Spell
syn match   jxEscape       contained +\\[\\"n]+

" Declarations and blocks: at the start of a statement (after blanks, '{' or ';').
syn match   jxKeyword      "\%(^\|[{;]\)\s*\zs\%(导入\|默认\|项目\|部门\|指标组\|表式\|单位\|等级\|别名\)\ze\%(\s\|{\|$\)"
syn match   jxBlock        "\%(^\|[{;]\)\s*\zs\%(资金\|支出\|指标\)\ze\s*{"
syn match   jxRef          "\%(^\|[{;]\)\s*\zs引用\ze\s"
syn match   jxHalfFull     "\s\zs\%(半年\|全年\)\ze\s"

" Values: comparators, measures (number, multiplier, unit), ranges, dates and years.
syn match   jxComparator   "[≥≤≠＞＜＝≧≦]\|[<>]=\?\|="
syn match   jxRangeSign    "[~～]\|至"
syn match   jxDate         "\<\d\{4}-\d\{2}-\d\{2}\>"
syn match   jxNumber       "-\?\d[0-9,]*\%(\.\d\+\)\?\%(十万\|百万\|千万\|千\|万\|亿\)\?"
syn match   jxUnit         "\%(\d\|[十百千万亿]\)\@<=\%([%％‰]\|([^)]*)\|（[^）]*）\)"

" 一级 categories of the Ministry's framework, where they open a block.
syn match   jxCategory     "\%(^\|[{;]\)\s*\zs\%(决策\|过程\|产出\|效益\|满意度\|成本\)\%(指标\)\?\ze\s*{"

hi def link jxComment      Comment
hi def link jxTodo         Todo
hi def link jxString       String
hi def link jxTripleString String
hi def link jxEscape       SpecialChar
hi def link jxKeyword      Keyword
hi def link jxBlock        Structure
hi def link jxRef          Include
hi def link jxHalfFull     Label
hi def link jxComparator   Operator
hi def link jxRangeSign    Operator
hi def link jxDate         Constant
hi def link jxNumber       Number
hi def link jxUnit         Type
hi def link jxCategory     Identifier

let b:current_syntax = "jx"
