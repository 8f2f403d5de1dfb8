-- wrk: every request registers a new person (a unique e-mail per thread and request) for the event in the path,
-- POST /api/v1/events/{id}/registrations. Used by scripts/benchmark.sh for the registrations row.
local threads = 0
function setup(thread)
  thread:set("thread", threads)
  threads = threads + 1
end
function init(args)
  prefix = "bench-" .. os.time() .. "-" .. thread .. "-"
  n = 0
end
function request()
  n = n + 1
  local body = '{"name":"Benchmark","targetGroup":"NGO","language":"bg","consent":true,"email":"'
      .. prefix .. n .. '@example.org"}'
  return wrk.format("POST", nil, {["Content-Type"] = "application/json"}, body)
end
