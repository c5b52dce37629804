#!/usr/bin/env python3
"""Start-up time: from process start to the first successful migrate response, for several launch commands, run
interleaved (run 1 of every variant, then run 2 of every variant, ...), each on a fresh free port.

usage: startup.py --runs N --out FILE.json --variant 'NAME::COMMAND' [--variant ...]
COMMAND is split like a shell line and may use {port}. The probe is the same for all: PUT migrate of node-a01 from
std-a-v123 to std-b-v128 with the token; a 200 ends the wait. Also records VmRSS at that moment.
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
import time

PROJECT = "0a1b2c3d4e5f60718293a4b5c6d7e8f9"
PATH = ("/api/v3/projects/%s/clusters/11111111-aaaa-4bbb-8ccc-000000000001/nodes/operation/migrateto/"
        "22222222-aaaa-4bbb-8ccc-000000000002" % PROJECT)
BODY = ('{"spec":{"os":"EulerOS 2.9","login":{"sshKey":"KeyPair-001"},'
        '"nodes":[{"uid":"33333333-aaaa-4bbb-8ccc-000000000003"}]}}')
HEADERS = {"X-Auth-Token": "emulator-token", "Content-Type": "application/json"}


def free_port():
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    p = s.getsockname()[1]
    s.close()
    return p


def rss_kb(pid):
    try:
        with open("/proc/%d/status" % pid) as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return None


def probe(port):
    c = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
    try:
        c.request("PUT", PATH, body=BODY, headers=HEADERS)
        r = c.getresponse()
        r.read()
        return r.status
    finally:
        c.close()


def one(cmd, log, timeout):
    port = free_port()
    argv = [a.replace("{port}", str(port)) for a in shlex.split(cmd)]
    t0 = time.monotonic()
    # stdin a pipe held open: the launcher's emulator (emulator.launch.exit-with-parent) exits when it closes
    p = subprocess.Popen(argv, stdin=subprocess.PIPE, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    status, rss = None, None
    try:
        while time.monotonic() - t0 < timeout:
            if p.poll() is not None:
                raise RuntimeError("exited with %s before answering: %s" % (p.returncode, cmd))
            try:
                status = probe(port)
            except (ConnectionError, OSError, http.client.HTTPException):
                status = None
            if status == 200:
                elapsed = time.monotonic() - t0
                rss = rss_kb(p.pid)
                return elapsed, rss
            time.sleep(0.005)
        raise RuntimeError("no 200 within %ss (last status %s): %s" % (timeout, status, cmd))
    finally:
        try:
            os.killpg(p.pid, signal.SIGTERM)
            p.wait(timeout=20)
        except (ProcessLookupError, subprocess.TimeoutExpired):
            try:
                os.killpg(p.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            p.wait()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--out", required=True)
    ap.add_argument("--log", default=os.devnull)
    ap.add_argument("--timeout", type=float, default=120)
    ap.add_argument("--variant", action="append", required=True)
    a = ap.parse_args()
    variants = []
    for v in a.variant:
        name, cmd = v.split("::", 1)
        variants.append({"name": name, "command": cmd, "seconds": [], "rss_kb": []})
    with open(a.log, "ab") as log:
        for run in range(a.runs):
            order = variants if run % 2 == 0 else list(reversed(variants))
            for v in order:
                if v.get("failed"):
                    continue
                try:
                    secs, rss = one(v["command"], log, a.timeout)
                except RuntimeError as ex:
                    # a launch that never answers 200 is reported as failed, and not tried again
                    v["failed"] = str(ex).split(":")[0]
                    print("startup run %d/%d %-40s FAILED: %s" % (run + 1, a.runs, v["name"], ex), file=sys.stderr)
                    continue
                v["seconds"].append(round(secs, 3))
                v["rss_kb"].append(rss)
                print("startup run %d/%d %-40s %.3f s" % (run + 1, a.runs, v["name"], secs), file=sys.stderr)
    for v in variants:
        if not v["seconds"]:
            continue
        v["median_s"] = round(statistics.median(v["seconds"]), 3)
        v["min_s"] = min(v["seconds"])
        v["max_s"] = max(v["seconds"])
        rs = [r for r in v["rss_kb"] if r]
        v["median_rss_kb"] = int(statistics.median(rs)) if rs else None
    with open(a.out, "w") as f:
        json.dump({"runs": a.runs, "variants": variants}, f, indent=1)


if __name__ == "__main__":
    main()
