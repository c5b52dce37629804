#!/usr/bin/env python3
"""Mixed load against a running emulator: migrations, job polls, listings and refusals, paced to a request rate.

Samples the server's resident memory (VmRSS), the journal's size and the number of jobs every minute, then waits for
every job to finish and checks the invariants: every node of the default project in exactly one cluster, the node
count unchanged, every job Success. Prints a Markdown report; exits 1 if any invariant or call failed.
"""
import argparse, http.client, json, random, sys, threading, time

PROJECT = "0a1b2c3d4e5f60718293a4b5c6d7e8f9"
STD_A, STD_B = "11111111-aaaa-4bbb-8ccc-000000000001", "22222222-aaaa-4bbb-8ccc-000000000002"
BIG, OTHER_VPC = "bbbbbbbb-aaaa-4bbb-8ccc-00000000000b", "99999999-aaaa-4bbb-8ccc-000000000009"
CLUSTERS = [STD_A, STD_B, BIG]
API = "/api/v3/projects/" + PROJECT
EXPECTED = {  # what each kind of call may answer; anything else is an error
    "migrate": {200, 400, 404, 429}, "poll": {200}, "list": {200}, "refusal": {400, 404}}


class Client:
    def __init__(self, port, token="emulator-token"):
        self.port, self.token, self.conn = port, token, None

    def call(self, method, path, body=None):
        for attempt in (1, 2):  # a keep-alive connection the server closed is reopened once
            try:
                if self.conn is None:
                    self.conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
                headers = {"Content-Type": "application/json"}
                if self.token:
                    headers["X-Auth-Token"] = self.token
                self.conn.request(method, path, body=body, headers=headers)
                response = self.conn.getresponse()
                return response.status, response.read()
            except (http.client.HTTPException, OSError):
                self.conn = None
                if attempt == 2:
                    raise


class Load:
    def __init__(self, port, rate, threads):
        self.port, self.interval, self.threads = port, threads / rate, threads
        self.lock = threading.Lock()
        self.counts, self.errors, self.jobs = {}, [], []
        self.stop = threading.Event()

    def count(self, kind, status):
        with self.lock:
            key = (kind, status)
            self.counts[key] = self.counts.get(key, 0) + 1
            if status not in EXPECTED[kind]:
                self.errors.append(f"{kind} answered {status}")

    def worker(self, seed):
        rnd, client = random.Random(seed), Client(self.port)
        next_at = time.monotonic()
        while not self.stop.is_set():
            next_at += self.interval
            time.sleep(max(0.0, next_at - time.monotonic()))
            try:
                self.one(rnd, client)
            except Exception as ex:  # a broken connection or an unreadable answer is an error of the run
                with self.lock:
                    self.errors.append(f"{type(ex).__name__}: {ex}")

    def one(self, rnd, client):
        roll = rnd.random()
        if roll < 0.35:
            source = rnd.choice(CLUSTERS)
            status, body = client.call("GET", f"{API}/clusters/{source}/nodes")
            self.count("list", status)
            active = [n["metadata"]["uid"] for n in json.loads(body)["items"] if n["status"]["phase"] == "Active"]
            if not active:
                return
            nodes = rnd.sample(active[:40], min(len(active[:40]), rnd.randint(1, 3)))
            target = rnd.choice([c for c in CLUSTERS if c != source])
            status, body = client.call("PUT", f"{API}/clusters/{source}/nodes/operation/migrateto/{target}",
                                       json.dumps({"spec": {"os": "EulerOS 2.9", "login": {"sshKey": "KeyPair-001"},
                                                            "nodes": [{"uid": n} for n in nodes]}}))
            self.count("migrate", status)
            if status == 200:
                with self.lock:
                    self.jobs.append(json.loads(body)["status"]["jobID"])
        elif roll < 0.60:
            with self.lock:
                job = rnd.choice(self.jobs[-200:]) if self.jobs else None
            if job:
                self.count("poll", client.call("GET", f"{API}/jobs/{job}")[0])
        elif roll < 0.85:
            path = rnd.choice([f"{API}/clusters", f"{API}/clusters/{STD_A}/nodes", f"{API}/clusters/{STD_B}"])
            self.count("list", client.call("GET", path)[0])
        else:
            bad = rnd.choice([("PUT", f"{API}/clusters/{STD_A}/nodes/operation/migrateto/{OTHER_VPC}",
                               '{"spec":{"os":"EulerOS 2.9","login":{"sshKey":"k"},"nodes":[{"uid":"x"}]}}'),
                              ("PUT", f"{API}/clusters/{STD_A}/nodes/operation/migrateto/{STD_B}", '{"spec":'),
                              ("GET", f"{API}/clusters/no-such-cluster", None),
                              ("GET", f"{API}/jobs/no-such-job", None)])
            self.count("refusal", client.call(*bad)[0])


def rss_kib(pid):
    with open(f"/proc/{pid}/status") as status:
        return int(next(line for line in status if line.startswith("VmRSS:")).split()[1])


def placement(port):
    client, seen = Client(port), {}
    clusters = json.loads(client.call("GET", f"{API}/clusters")[1])["items"]
    for cluster in clusters:
        uid = cluster["metadata"]["uid"]
        for node in json.loads(client.call("GET", f"{API}/clusters/{uid}/nodes")[1])["items"]:
            seen.setdefault(node["metadata"]["uid"], []).append(uid)
    return seen


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--pid", type=int, required=True)
    parser.add_argument("--seconds", type=int, default=300)
    parser.add_argument("--sample", type=int, default=60, help="seconds between memory samples")
    parser.add_argument("--rate", type=float, default=300, help="operations per second, all threads together")
    parser.add_argument("--threads", type=int, default=8)
    args = parser.parse_args()
    admin = Client(args.port, token=None)
    before = placement(args.port)
    load = Load(args.port, args.rate, args.threads)
    workers = [threading.Thread(target=load.worker, args=(i,), daemon=True) for i in range(args.threads)]
    started = time.monotonic()
    samples = []

    def sample():
        journal = len(json.loads(admin.call("GET", "/__admin/journal")[1]))
        jobs = len(json.loads(admin.call("GET", "/__admin/jobs")[1]))
        with load.lock:
            calls = sum(load.counts.values())
        samples.append((round(time.monotonic() - started), rss_kib(args.pid) // 1024, journal, jobs, calls))
        print(f"t={samples[-1][0]}s rss={samples[-1][1]} MiB journal={journal} jobs={jobs} calls={calls}",
              file=sys.stderr, flush=True)

    sample()
    for w in workers:
        w.start()
    while time.monotonic() - started < args.seconds:
        time.sleep(min(args.sample, args.seconds - (time.monotonic() - started)))
        sample()
    load.stop.set()
    for w in workers:
        w.join()
    deadline = time.monotonic() + 120
    while True:
        jobs = json.loads(admin.call("GET", "/__admin/jobs")[1])
        if all(j["phase"] in ("Success", "Failed") for j in jobs) or time.monotonic() > deadline:
            break
        time.sleep(0.5)
    after = placement(args.port)
    checks = [
        ("every node in exactly one cluster", all(len(c) == 1 for c in after.values())),
        (f"node count unchanged ({len(before)} -> {len(after)})", sorted(before) == sorted(after)),
        (f"every job Success ({len(jobs)} jobs)", all(j["phase"] == "Success" for j in jobs)),
        (f"no failed call ({len(load.errors)})", not load.errors),
        # the journal drops its oldest entry after adding a new one, so calls in flight may overshoot it briefly
        (f"journal bounded ({max(s[2] for s in samples)} entries at most)",
         max(s[2] for s in samples) <= 1000 + args.threads),
    ]
    report(args, samples, load, checks)
    return 0 if all(ok for _, ok in checks) else 1


def report(args, samples, load, checks):
    calls = sum(load.counts.values())
    print(f"Mixed load for {args.seconds} s at up to {args.rate:g} operations/s (a migration is a listing and a PUT) "
          f"on {args.threads} keep-alive connections: {calls} calls ({calls / args.seconds:.0f}/s), "
          f"{len(load.errors)} errors.\n")
    print("| time (s) | VmRSS (MiB) | journal entries | jobs kept | calls so far |\n|---:|---:|---:|---:|---:|")
    for t, rss, journal, jobs, done in samples:
        print(f"| {t} | {rss} | {journal} | {jobs} | {done} |")
    print("\n| call | status | count |\n|---|---:|---:|")
    for (kind, status), n in sorted(load.counts.items()):
        print(f"| {kind} | {status} | {n} |")
    print("\n| invariant at the end | holds |\n|---|---|")
    for name, ok in checks:
        print(f"| {name} | {'yes' if ok else '**NO**'} |")
    if load.errors:
        print("\nFirst errors: " + "; ".join(load.errors[:10]))


if __name__ == "__main__":
    sys.exit(main())
