-- Every request adds a parameter never sent before (u=<thread>-<n>), so that no cache answers it:
-- wrk -s scripts/wrk/unique.lua URL measures the uncached path. The page or API must ignore the parameter
-- for caching purposes only by not knowing it (the portal's page cache keeps no address with an unknown
-- parameter; the API's answers are keyed by the whole address).
local counter = 0
local id = tostring(math.random(1, 1e9))
request = function()
  counter = counter + 1
  local path = wrk.path
  local sep = string.find(path, "?", 1, true) and "&" or "?"
  return wrk.format(nil, path .. sep .. "u=" .. id .. "-" .. counter)
end
