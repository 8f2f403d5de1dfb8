-- wrk: every request asks for the path with a parameter never sent before (nocache=<thread>-<n>), so that neither
-- the page cache nor the API's answer cache can serve it: each answer is read from the database and rendered.
local threads = 0
function setup(thread)
  thread:set("thread", threads)
  threads = threads + 1
end
function init(args)
  n = 0
  prefix = os.time() .. "-" .. thread .. "-"
end
function request()
  n = n + 1
  local sep = string.find(wrk.path, "?", 1, true) and "&" or "?"
  return wrk.format("GET", wrk.path .. sep .. "nocache=" .. prefix .. n)
end
