-- Shared by the bench wrk scripts: the token, per-thread ids, an optional expected status, and a JSON result line.
-- A script sets M.expect (a status) to count every other status as an error; without it, wrk's own counters
-- (socket errors and statuses >= 400) are the errors.
local M = {}

M.project = "0a1b2c3d4e5f60718293a4b5c6d7e8f9"
M.headers = { ["X-Auth-Token"] = "emulator-token", ["Content-Type"] = "application/json" }

local threads = {}
local next_id = 0

function M.install(script)
  M.expect = script.expect
  setup = function(thread)
    thread:set("tid", next_id)
    next_id = next_id + 1
    table.insert(threads, thread)
  end
  init = function(args)
    unexpected = 0
    codes = ""
    if script.init then script.init(args) end
  end
  if script.request then request = script.request end
  if M.expect then
    response = function(status, headers, body)
      if status ~= M.expect then
        unexpected = unexpected + 1
        if unexpected <= 5 then codes = codes .. status .. " " end
      end
    end
  end
  done = function(summary, latency, requests)
    local bad = 0
    local codes_seen = ""
    for _, t in ipairs(threads) do
      bad = bad + (t:get("unexpected") or 0)
      codes_seen = codes_seen .. (t:get("codes") or "")
    end
    local e = summary.errors
    local socket = e.connect + e.read + e.write + e.timeout
    local errors = socket + (M.expect and bad or e.status)
    local secs = summary.duration / 1e6
    local extra = ""
    for _, name in ipairs(script.report or {}) do
      local vals = {}
      for _, t in ipairs(threads) do vals[#vals + 1] = tostring(t:get(name) or 0) end
      extra = extra .. string.format(',"%s":[%s]', name, table.concat(vals, ","))
    end
    io.write(string.format(
      'BENCH_JSON {"requests":%d,"seconds":%.3f,"rps":%.1f,"p50_ms":%.3f,"p90_ms":%.3f,"p99_ms":%.3f,' ..
      '"max_ms":%.3f,"mean_ms":%.3f,"errors":%d,"socket_errors":%d,"status_4xx5xx":%d,"unexpected":%d,' ..
      '"bytes":%d,"unexpected_statuses":"%s"%s}\n',
      summary.requests, secs, summary.requests / secs, latency:percentile(50) / 1000,
      latency:percentile(90) / 1000, latency:percentile(99) / 1000, latency.max / 1000, latency.mean / 1000,
      errors, socket, e.status, bad, summary.bytes, codes_seen, extra))
  end
end

function M.migrate_path(src, dst)
  return "/api/v3/projects/" .. M.project .. "/clusters/" .. src .. "/nodes/operation/migrateto/" .. dst
end

return M
