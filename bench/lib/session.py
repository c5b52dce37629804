#!/usr/bin/env python3
"""A test session from cold: start a server, run CASES test cases over one keep-alive connection, stop it; the wall
time from the process start to its exit. Variants run interleaved (round 1 of each, then round 2 in reverse, ...).

usage: session.py --rounds N --cases N --out FILE.json --variant 'NAME::STOP::COMMAND' [--variant ...]
       session.py --capture BASE_URL --mappings DIR   (writes WireMock stubs of this session's calls, from an emulator)

COMMAND is split like a shell line and may use {port} (a free port chosen here) or {portfile} (a file the server
writes its port to, as the test library's launcher reads it). STOP is how the session ends it: "stdin" closes its
standard input (the launcher's way: the emulator's emulator.launch.exit-with-parent), "term" sends SIGTERM (docker
stop, Ctrl-C). A case, as a user's test would make it, each answer checked:
  reset (POST /__admin/reset), list clusters, list the source cluster's nodes, migrate node-a02 from std-a-v123 to
  std-b-v128 (200, a job id), GET the job until Success, show node-a02 in std-b-v128, and a refused migrate
  (node-a01 asking for an ssd disk: 400).
"""
import argparse
import http.client
import json
import os
import shlex
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time

PROJECT = "0a1b2c3d4e5f60718293a4b5c6d7e8f9"
SOURCE = "11111111-aaaa-4bbb-8ccc-000000000001"
TARGET = "22222222-aaaa-4bbb-8ccc-000000000002"
MOVED = "44444444-aaaa-4bbb-8ccc-000000000004"
REFUSED = "33333333-aaaa-4bbb-8ccc-000000000003"
API = "/api/v3/projects/" + PROJECT
CLUSTERS = API + "/clusters"
SOURCE_NODES = "%s/clusters/%s/nodes" % (API, SOURCE)
MIGRATE = "%s/clusters/%s/nodes/operation/migrateto/%s" % (API, SOURCE, TARGET)
TARGET_NODE = "%s/clusters/%s/nodes/%s" % (API, TARGET, MOVED)
LVM = "dockerThinpool=vgpaas/90%VG;kubernetesLV=vgpaas/10%VG;diskType=ssd;lvType=linear"
MIGRATE_BODY = json.dumps({"spec": {"os": "EulerOS 2.9", "login": {"sshKey": "KeyPair-001"},
                                    "nodes": [{"uid": MOVED}]}})
REFUSED_BODY = json.dumps({"spec": {"os": "EulerOS 2.9", "login": {"sshKey": "KeyPair-001"},
                                    "nodes": [{"uid": REFUSED}], "extendParam": {"DockerLVMConfigOverride": LVM}}})
HEADERS = {"X-Auth-Token": "emulator-token", "Content-Type": "application/json"}


class Client:
    """One keep-alive connection, reopened when the server closes it (http.client does so on the next request)."""

    def __init__(self, port):
        self.c = http.client.HTTPConnection("127.0.0.1", port, timeout=30)

    def call(self, method, path, body=None, expect=200):
        self.c.request(method, path, body=body, headers=HEADERS)
        r = self.c.getresponse()
        data = r.read()
        if r.status != expect:
            raise RuntimeError("%s %s: %s, expected %s: %s" % (method, path, r.status, expect, data[:300]))
        return data

    def close(self):
        self.c.close()


def case(client, reset_path):
    client.call("POST", reset_path, body=b"{}")
    client.call("GET", CLUSTERS)
    client.call("GET", SOURCE_NODES)
    job = json.loads(client.call("PUT", MIGRATE, body=MIGRATE_BODY))["status"]["jobID"]
    for _ in range(1000):
        if json.loads(client.call("GET", API + "/jobs/" + job))["status"]["phase"] == "Success":
            break
    else:
        raise RuntimeError("job %s never reached Success" % job)
    client.call("GET", TARGET_NODE)
    client.call("PUT", MIGRATE, body=REFUSED_BODY, expect=400)


def free_port():
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    p = s.getsockname()[1]
    s.close()
    return p


def wait_ready(p, port, portfile, timeout):
    t0 = time.monotonic()
    while time.monotonic() - t0 < timeout:
        if p.poll() is not None:
            raise RuntimeError("exited with %s before it served" % p.returncode)
        if portfile:
            # The launcher's own wait (EmulatorProcess.awaitPort): the port file, polled every 10 ms.
            if os.path.exists(portfile):
                with open(portfile) as f:
                    text = f.read().strip()
                if text:
                    return int(text)
            time.sleep(0.01)
            continue
        try:
            c = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
            c.request("GET", CLUSTERS, headers=HEADERS)
            r = c.getresponse()
            r.read()
            c.close()
            if r.status == 200:
                return port
        except (ConnectionError, OSError, http.client.HTTPException):
            pass
        time.sleep(0.005)
    raise RuntimeError("not ready within %ss" % timeout)


def one(variant, cases, log, timeout):
    port = free_port()
    portfile = None
    if "{portfile}" in variant["command"]:
        portfile = os.path.join(tempfile.mkdtemp(prefix="session-"), "port")
    argv = [a.replace("{port}", str(port)).replace("{portfile}", portfile or "") for a in
            shlex.split(variant["command"])]
    env = dict(os.environ)
    env.update(variant.get("env", {}))
    t0 = time.monotonic()
    p = subprocess.Popen(argv, stdin=subprocess.PIPE, stdout=log, stderr=subprocess.STDOUT, env=env,
                         start_new_session=True)
    try:
        port = wait_ready(p, port, portfile, timeout)
        ready = time.monotonic() - t0
        client = Client(port)
        reset = "/__admin/reset"
        for _ in range(cases):
            case(client, reset)
        client.close()
        done = time.monotonic() - t0
        if variant["stop"] == "stdin":
            p.stdin.close()
        else:
            p.send_signal(signal.SIGTERM)
        p.wait(timeout=60)
        return {"wall": time.monotonic() - t0, "ready": ready, "cases": done - ready}
    finally:
        if p.poll() is None:
            os.killpg(p.pid, signal.SIGKILL)
            p.wait()
        if portfile and os.path.exists(portfile):
            os.remove(portfile)


def capture(base, mappings):
    """Stubs of the calls WireMock has no stub for yet, from the emulator's own answers (same shape and size)."""
    host, port = base.replace("http://", "").split(":")
    c = Client(int(port))
    c.call("POST", "/__admin/reset", body=b"{}")
    auth = {"X-Auth-Token": {"equalTo": "emulator-token"}}
    hdrs = {"Content-Type": "application/json", "X-Request-Id": "0123456789abcdef0123456789abcdef"}
    stubs = {"session-list-clusters": CLUSTERS, "session-list-source-nodes": SOURCE_NODES}
    bodies = {name: c.call("GET", path).decode() for name, path in stubs.items()}
    c.call("PUT", MIGRATE, body=MIGRATE_BODY)
    stubs["session-show-target-node"] = TARGET_NODE
    bodies["session-show-target-node"] = c.call("GET", TARGET_NODE).decode()
    for name, path in stubs.items():
        stub = {"request": {"method": "GET", "urlPath": path, "headers": auth},
                "response": {"status": 200, "headers": hdrs, "body": bodies[name]}}
        with open(os.path.join(mappings, name + ".json"), "w") as f:
            json.dump(stub, f, indent=2)
            f.write("\n")
    c.close()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--cases", type=int, default=100)
    ap.add_argument("--out")
    ap.add_argument("--log", default=os.devnull)
    ap.add_argument("--timeout", type=float, default=120)
    ap.add_argument("--variant", action="append", default=[])
    ap.add_argument("--env", action="append", default=[], help="NAME::KEY=VALUE, environment of one variant")
    ap.add_argument("--capture")
    ap.add_argument("--mappings")
    a = ap.parse_args()
    if a.capture:
        capture(a.capture, a.mappings)
        return
    variants = []
    for v in a.variant:
        name, stop, cmd = v.split("::", 2)
        variants.append({"name": name, "stop": stop, "command": cmd, "env": {}, "runs": []})
    for e in a.env:
        name, kv = e.split("::", 1)
        k, val = kv.split("=", 1)
        next(v for v in variants if v["name"] == name)["env"][k] = val
    with open(a.log, "ab") as log:
        for r in range(a.rounds):
            for v in (variants if r % 2 == 0 else list(reversed(variants))):
                res = one(v, a.cases, log, a.timeout)
                v["runs"].append({k: round(x, 3) for k, x in res.items()})
                print("session round %d/%d %-34s wall %.2f s (ready %.2f s, %d cases %.2f s)"
                      % (r + 1, a.rounds, v["name"], res["wall"], res["ready"], a.cases, res["cases"]),
                      file=sys.stderr)
    for v in variants:
        for k in ("wall", "ready", "cases"):
            v["median_" + k] = round(statistics.median(x[k] for x in v["runs"]), 3)
    with open(a.out, "w") as f:
        json.dump({"rounds": a.rounds, "cases": a.cases, "variants": variants}, f, indent=1)


if __name__ == "__main__":
    main()
