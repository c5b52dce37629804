#!/usr/bin/env python3
"""After a migrate-distinct.lua run: puts every node batch where the sequence says it is, so that the next run can
continue each thread's sequence at its k (from the run's "k" output).

Thread t owns batches t, t+T, ...; its k-th request moves its (k mod per-thread)-th batch to the target in even
rounds and back to the source in odd rounds. Normally only the last few requests of each thread are uncertain (in
flight when wrk stopped): the last WINDOW k of each thread are checked one by one. With --full (used when a run saw
errors, so that one failed request does not turn into errors of the next round) both clusters are listed and every
batch is checked. Misplaced batches are migrated where they belong. Prints {"checked", "moved"}.

usage: fixup.py --base http://127.0.0.1:PORT --nodes N --threads T --batch B --k K0,K1 [--window 64] [--full]
"""
import argparse
import http.client
import json
import urllib.parse

PROJECT = "0a1b2c3d4e5f60718293a4b5c6d7e8f9"
SRC = "b0000000-0000-4000-8000-000000000001"
DST = "b0000000-0000-4000-8000-000000000002"
HEADERS = {"X-Auth-Token": "emulator-token", "Content-Type": "application/json"}


def uid(i):
    return "00000000-0000-4000-8000-%012d" % i


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--base", required=True)
    ap.add_argument("--nodes", type=int, required=True)
    ap.add_argument("--threads", type=int, required=True)
    ap.add_argument("--batch", type=int, default=1)
    ap.add_argument("--k", required=True)
    ap.add_argument("--window", type=int, default=64)
    ap.add_argument("--full", action="store_true")
    a = ap.parse_args()
    u = urllib.parse.urlparse(a.base)
    conn = [http.client.HTTPConnection(u.hostname, u.port, timeout=120)]

    def call(method, path, body=None):
        try:
            conn[0].request(method, path, body=body, headers=HEADERS)
            r = conn[0].getresponse()
            data = r.read()
        except (http.client.HTTPException, OSError):
            conn[0].close()
            conn[0] = http.client.HTTPConnection(u.hostname, u.port, timeout=120)
            conn[0].request(method, path, body=body, headers=HEADERS)
            r = conn[0].getresponse()
            data = r.read()
        if (r.getheader("Connection") or "").lower() == "close":
            conn[0].close()
        return r.status, data

    per_thread = a.nodes // a.batch // a.threads
    ks = [int(x) for x in a.k.split(",")]

    def where(t, k):  # where the batch of thread t's request k sends it
        return DST if (k // per_thread) % 2 == 0 else SRC

    # (batch, wanted cluster) for the batches to check
    todo = []
    for t, kt in enumerate(ks):
        if a.full:
            for p in range(per_thread):
                if kt > p:  # the last k < kt with k % per_thread == p
                    last = p + ((kt - 1 - p) // per_thread) * per_thread
                    todo.append((t + a.threads * p, where(t, last)))
                else:
                    todo.append((t + a.threads * p, SRC))
        else:
            for k in range(max(0, kt - min(a.window, per_thread)), kt):
                todo.append((t + a.threads * (k % per_thread), where(t, k)))

    wrong = {SRC: [], DST: []}
    if a.full:
        present = {}
        for c in (SRC, DST):
            status, data = call("GET", "/api/v3/projects/%s/clusters/%s/nodes" % (PROJECT, c))
            if status != 200:
                raise SystemExit("fixup: listing %s answered %d" % (c, status))
            for item in json.loads(data)["items"]:
                if item["status"]["phase"] == "Active":
                    present[item["metadata"]["uid"]] = c
        for b, want in todo:
            if present.get(uid(b * a.batch)) != want:
                wrong[want].append(b)
    else:
        for b, want in todo:
            status, _ = call("GET", "/api/v3/projects/%s/clusters/%s/nodes/%s" % (PROJECT, want, uid(b * a.batch)))
            if status != 200:
                wrong[want].append(b)

    moved = 0
    for want, batches in wrong.items():
        other = SRC if want == DST else DST
        # one call per 200 nodes, whole batches only
        group = max(1, 200 // a.batch)
        for i in range(0, len(batches), group):
            ids = [uid(b * a.batch + n) for b in batches[i:i + group] for n in range(a.batch)]
            body = json.dumps({"spec": {"os": "EulerOS 2.9", "login": {"sshKey": "KeyPair-001"},
                                        "nodes": [{"uid": x} for x in ids]}})
            status, data = call("PUT", "/api/v3/projects/%s/clusters/%s/nodes/operation/migrateto/%s"
                                % (PROJECT, other, want), body)
            if status != 200:
                raise SystemExit("fixup: moving %d node(s) to %s answered %d: %s" % (len(ids), want, status, data[:300]))
            moved += len(batches[i:i + group])
    print(json.dumps({"checked": len(todo), "moved": moved, "full": a.full}))


if __name__ == "__main__":
    main()
