-- PUT migrate of different nodes on every request, BATCH nodes per request, between the bench source and target
-- clusters (see gen-data.py). Thread t of T owns the batches t, t+T, t+2T, ...; its k-th request takes its
-- (k mod per-thread batches)-th batch, source->target in even rounds and back in odd rounds, so a run can exceed the
-- node count. OFFSETS continue each thread's k from an earlier run (lib/fixup.py settles the few requests that were
-- in flight when a run ended). Needs instant jobs. Any status but 200 counts as an error.
-- args: NODES THREADS BATCH OFFSETS (e.g. 100000 2 1 0,0)
local dir = debug.getinfo(1, "S").source:match("^@(.*/)") or "./"
local c = dofile(dir .. "common.lua")

local SRC = "b0000000-0000-4000-8000-000000000001"
local DST = "b0000000-0000-4000-8000-000000000002"
local nthreads, batch, per_thread, there, back, dry_run

c.install({
  expect = 200,
  report = { "k" },
  init = function(args)
    local nodes = tonumber(args[1] or "1000")
    nthreads = tonumber(args[2] or "1")
    batch = tonumber(args[3] or "1")
    per_thread = math.floor(nodes / batch / nthreads)
    local offsets = {}
    for o in string.gmatch(args[4] or "", "[^,]+") do offsets[#offsets + 1] = tonumber(o) end
    k = offsets[tid + 1] or 0
    -- wrk calls thread 0's request() once before the run to check it (script_verify_request) and never sends
    -- that request: it must not use up a k.
    dry_run = (tid == 0)
    there = c.migrate_path(SRC, DST)
    back = c.migrate_path(DST, SRC)
  end,
  request = function()
    local b = tid + nthreads * (k % per_thread)
    local round = math.floor(k / per_thread)
    if dry_run then dry_run = false else k = k + 1 end
    local uids = {}
    for n = 0, batch - 1 do
      uids[#uids + 1] = string.format('{"uid":"00000000-0000-4000-8000-%012d"}', b * batch + n)
    end
    local body = '{"spec":{"os":"EulerOS 2.9","login":{"sshKey":"KeyPair-001"},"nodes":[' ..
      table.concat(uids, ",") .. ']}}'
    return wrk.format("PUT", (round % 2 == 0) and there or back, c.headers, body)
  end,
})
