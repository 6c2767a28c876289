" jx: the language of budget performance targets (预算绩效目标)
autocmd BufRead,BufNewFile *.jx setfiletype jx
