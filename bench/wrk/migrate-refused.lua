-- PUT migrate that every rule but the last accepts: node-a01 (evs) from std-a-v123 to std-b-v128 with
-- diskType=ssd in DockerLVMConfigOverride -> 400 (ONE_DISK_TYPE). Any other status counts as an error.
local dir = debug.getinfo(1, "S").source:match("^@(.*/)") or "./"
local c = dofile(dir .. "common.lua")

local body = '{"spec":{"os":"EulerOS 2.9","login":{"sshKey":"KeyPair-001"},' ..
  '"nodes":[{"uid":"33333333-aaaa-4bbb-8ccc-000000000003"}],' ..
  '"extendParam":{"DockerLVMConfigOverride":"dockerThinpool=vgpaas/90%VG;kubernetesLV=vgpaas/10%VG;diskType=ssd;lvType=linear"}}}'

wrk.method = "PUT"
wrk.path = c.migrate_path("11111111-aaaa-4bbb-8ccc-000000000001", "22222222-aaaa-4bbb-8ccc-000000000002")
wrk.headers = c.headers
wrk.body = body

c.install({ expect = 400 })
