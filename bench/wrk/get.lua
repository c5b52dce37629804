-- GET of the URL given to wrk, with the token; any status but 200 counts as an error (wrk's own counter).
local dir = debug.getinfo(1, "S").source:match("^@(.*/)") or "./"
local c = dofile(dir .. "common.lua")
wrk.method = "GET"
wrk.headers = { ["X-Auth-Token"] = "emulator-token" }
c.install({})
