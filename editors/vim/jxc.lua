vim.filetype.add({ extension = { jx = "jx" } })
vim.api.nvim_create_autocmd("FileType", { pattern = "jx", callback = function(ev) local cfg = { name = "jxc", cmd = { "jxc", "lsp" } }
  if vim.lsp.start then vim.lsp.start(cfg) else vim.lsp.buf_attach_client(ev.buf, vim.lsp.start_client(cfg)) end end })
