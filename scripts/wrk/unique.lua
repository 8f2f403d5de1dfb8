-- Every request carries a parameter never sent before (u=<run>-<n>), so no cache can answer it:
-- `wrk -s scripts/wrk/unique.lua URL` measures the uncached path. The portal's page cache keeps no address
-- with a parameter it does not know, and the API's answers are kept per whole address.
local counter = 0
local id = tostring(math.random(1, 1e9))
request = function()
  counter = counter + 1
  local path = wrk.path
  local sep = string.find(path, "?", 1, true) and "&" or "?"
  return wrk.format(nil, path .. sep .. "u=" .. id .. "-" .. counter)
end
