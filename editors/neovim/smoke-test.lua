-- A real-editor smoke test of `pipeline lsp` (works with Neovim 0.7+, whose API is
-- start_client/buf_attach_client; 0.10+ users write vim.lsp.start as in README).
-- Run in a folder holding draft.md:
--   nvim --headless -u NONE -c "luafile editors/neovim/smoke-test.lua"
-- It prints the first diagnostics, inserts two slips on line 7 and prints their diagnostics.
local cwd = vim.fn.getcwd()
local client_id = vim.lsp.start_client({
  name = "pipeline",
  cmd = { "pipeline", "lsp" },
  root_dir = cwd,
})
vim.cmd("edit " .. cwd .. "/draft.md")
local buf = vim.api.nvim_get_current_buf()
vim.lsp.buf_attach_client(buf, client_id)
local ok = vim.wait(60000, function() return #vim.diagnostic.get(buf) > 0 end, 200)
local diags = vim.diagnostic.get(buf)
print("diagnostics: " .. #diags)
for i = 1, math.min(3, #diags) do
  local d = diags[i]
  print(string.format("%d:%d %s %s", d.lnum + 1, d.col + 1, d.code or "", (d.message or ""):sub(1, 80)))
end
-- an edit: insert a slip, wait for new diagnostics
vim.api.nvim_buf_set_lines(buf, 6, 6, false, { "Metoprolol help your heart. Its best to take it with food." })
local before = #diags
vim.wait(30000, function() return #vim.diagnostic.get(buf) ~= before end, 200)
print("after edit: " .. #vim.diagnostic.get(buf))
for _, d in ipairs(vim.diagnostic.get(buf)) do
  if d.lnum == 6 then print(string.format("line 7 col %d %s %s", d.col + 1, d.code or "", (d.message or ""):sub(1, 70))) end
end
vim.cmd("qa!")
