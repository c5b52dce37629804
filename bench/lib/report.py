#!/usr/bin/env python3
"""Markdown tables from the raw results in bench/results/raw/.

usage: report.py levers|startup FILE.json | throughput|memory|scaling FILE.jsonl | all RAW_DIR
`all` prints the whole report (machine, each benchmark, the targets) that run-all.sh saves as results/latest.md.
"""
import json
import os
import statistics
import sys

TESTS = {
    "refused": "migrate refused by the last rule (400)",
    "distinct": "migrate a distinct node (200)",
    "job": "GET job",
    "list": "list 1,000 nodes",
}


def load_jsonl(path):
    with open(path) as f:
        return [json.loads(l) for l in f if l.strip()]


def mb(kb):
    return "%.0f MB" % (kb / 1024) if kb is not None else "n/a"


def med(xs):
    return statistics.median(xs) if xs else float("nan")


def table(header, rows):
    out = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    out += ["| " + " | ".join(str(c) for c in r) + " |" for r in rows]
    return "\n".join(out)


def ratio(a, b):
    return a / b if b else float("nan")


def met(ok):
    return "**met**" if ok else "**missed**"


# ---- start-up -----------------------------------------------------------------------------------------------

def startup_rows(data):
    wm = next((v for v in data["variants"] if v["name"].lower().startswith("wiremock")), None)
    rows = []
    for v in data["variants"]:
        if v.get("failed"):
            rows.append([v["name"], "failed: " + v["failed"], "", "", ""])
            continue
        ratio = v["median_s"] / wm["median_s"] if wm else float("nan")
        rows.append([v["name"], "%.2f s" % v["median_s"], "%.2f–%.2f s" % (v["min_s"], v["max_s"]),
                     "%.2f" % ratio, mb(v.get("median_rss_kb"))])
    return rows, wm


def startup_md(path, title):
    data = json.load(open(path))
    rows, _ = startup_rows(data)
    return ("%s (%d interleaved runs each, process start to first 200 of a migrate)\n\n" % (title, data["runs"]) +
            table(["launch", "median", "min–max", "ratio to WireMock", "RSS at first response"], rows))


# ---- test session -------------------------------------------------------------------------------------------

def session_md(path):
    data = json.load(open(path))
    wm = next((v for v in data["variants"] if v["name"].lower().startswith("wiremock")), None)
    rows = []
    for v in data["variants"]:
        walls = [r["wall"] for r in v["runs"]]
        r = v["median_wall"] / wm["median_wall"] if wm else float("nan")
        rows.append([v["name"], "%.2f s" % v["median_wall"], "%.2f–%.2f s" % (min(walls), max(walls)),
                     "**%.2f**" % r, "%.2f s" % v["median_ready"], "%.2f s" % v["median_cases"]])
    return ("A %d-case test session from cold (%d interleaved rounds, median; wall = process start to its exit after "
            "the last case; ready = start to serving; cases = the %d cases)\n\n" % (data["cases"], data["rounds"], data["cases"]) +
            table(["launch", "wall, median", "min–max", "ratio to WireMock", "ready", "cases"], rows))


# ---- throughput ---------------------------------------------------------------------------------------------

def throughput_stats(recs):
    stats = {}
    for test in TESTS:
        for server in ("emulator", "wiremock", "floor"):
            rs = [r for r in recs if r.get("kind") == "wrk" and r["test"] == test and r["server"] == server
                  and r["round"] >= 1]
            if not rs:
                continue
            stats[(test, server)] = {
                "rps": med([r["rps"] for r in rs]), "p50": med([r["p50_ms"] for r in rs]),
                "p99": med([r["p99_ms"] for r in rs]), "errors": sum(r["errors"] for r in rs),
                "requests": sum(r["requests"] for r in rs), "rounds": len(rs),
                "fixed": sum(r.get("fixup", {}).get("moved", 0) for r in rs),
                "cpu_us": med([1000.0 * r["cpu_ms"] / r["requests"] for r in rs if "cpu_ms" in r and r["requests"]]),
            }
    return stats


def throughput_md(path):
    recs = load_jsonl(path)
    stats = throughput_stats(recs)
    rows = []
    for test, label in TESTS.items():
        e, w = stats.get((test, "emulator")), stats.get((test, "wiremock"))
        if not e or not w:
            continue
        rows.append([label, "%.0f" % e["rps"], "%.0f" % w["rps"], "**%.2f**" % ratio(e["rps"], w["rps"]),
                     "%.2f / %.2f" % (e["p50"], e["p99"]), "%.2f / %.2f" % (w["p50"], w["p99"]),
                     "%.0f / %.0f (**%.2f**)" % (e["cpu_us"], w["cpu_us"], ratio(w["cpu_us"], e["cpu_us"])),
                     "%d / %d" % (e["errors"], e["requests"]), "%d / %d" % (w["errors"], w["requests"])])
    frows = []
    for test, label in TESTS.items():
        e, w, f = stats.get((test, "emulator")), stats.get((test, "wiremock")), stats.get((test, "floor"))
        if not e or not w or not f:
            continue
        frows.append([label, "%.0f" % f["rps"], "%.2f / %.2f" % (f["p50"], f["p99"]),
                      "%.0f (**%.2f**)" % (f["cpu_us"], ratio(w["cpu_us"], f["cpu_us"])),
                      "%.0f − %.0f = **%.0f**" % (e["cpu_us"], f["cpu_us"], e["cpu_us"] - f["cpu_us"]),
                      "%d / %d" % (f["errors"], f["requests"])])
    rss = {(r["when"], r["server"]): r for r in recs if r.get("kind") == "rss"}
    md = ("Throughput (wrk, median of the measured rounds; latency in ms; errors = responses other than the expected "
          "status, and socket errors; server CPU = user + system time of the server process, all threads, during the "
          "run, divided by the requests: the measure least disturbed by other load on the machine)\n\n" +
          table(["request", "emulator req/s", "WireMock req/s", "ratio", "emulator p50 / p99",
                 "WireMock p50 / p99", "server CPU µs per request: emulator / WireMock (WireMock ÷ emulator)",
                 "emulator errors / requests", "WireMock errors / requests"], rows))
    if frows:
        md += ("\n\nThe stack's floor, same run: `bench/floor`, Spring MVC on Tomcat with Jackson answering canned records "
               "(no validation, rules, state, auth, journal or metrics). Its ratio to WireMock bounds what any emulator "
               "on this stack can reach; the emulator's CPU above the floor is its own work\n\n" +
               table(["request", "floor req/s", "floor p50 / p99", "floor CPU µs per request (WireMock ÷ floor)",
                      "emulator's own CPU µs per request (emulator − floor)", "floor errors / requests"], frows))
    mrows = []
    if rss:
        for s in ("emulator", "wiremock"):
            a, b = rss.get(("start", s)), rss.get(("after", s))
            if a and b:
                mrows.append([s, mb(a["rss_kb"]), mb(b["rss_kb"]), mb(b.get("heap_kb"))])
    if mrows:
        md += "\n\nMemory around the throughput runs\n\n" + table(
            ["server", "RSS after start", "RSS after the runs", "live heap after the runs (after full GC)"], mrows)
    return md


# ---- memory -------------------------------------------------------------------------------------------------

def memory_md(path):
    recs = load_jsonl(path)
    rows = [[r["what"], r["server"], mb(r["rss_kb"]), mb(r.get("heap_kb")), r.get("note", "")] for r in recs]
    return ("Memory (VmRSS from /proc; live heap = heap in use after a full GC, jcmd GC.run + jstat)\n\n" +
            table(["state", "server", "RSS", "live heap", "note"], rows))


# ---- scaling ------------------------------------------------------------------------------------------------

SCALING = {"refused": "refused migrate (400)", "accepted200": "accepted 200-node migration (200)"}


def scaling_stats(recs):
    stats = {}
    for test in SCALING:
        for reg in sorted({r["registry"] for r in recs if r.get("kind") == "wrk"}):
            rs = [r for r in recs if r.get("kind") == "wrk" and r["test"] == test and r["registry"] == reg
                  and r["round"] >= 1]
            if rs:
                stats[(test, reg)] = {"p50": med([r["p50_ms"] for r in rs]), "p99": med([r["p99_ms"] for r in rs]),
                                      "mean": med([r["mean_ms"] for r in rs]), "rps": med([r["rps"] for r in rs]),
                                      "cpu_us": med([1000.0 * r["cpu_ms"] / r["requests"] for r in rs if "cpu_ms" in r and r["requests"]]),
                                      "errors": sum(r["errors"] for r in rs), "requests": sum(r["requests"] for r in rs)}
    return stats


def scaling_md(path):
    recs = load_jsonl(path)
    stats = scaling_stats(recs)
    regs = sorted({k[1] for k in stats})
    rows = []
    for test, label in SCALING.items():
        if len(regs) < 2 or (test, regs[0]) not in stats or (test, regs[-1]) not in stats:
            continue
        s, l = stats[(test, regs[0])], stats[(test, regs[-1])]
        rows.append([label, "%.3f / %.3f" % (s["p50"], s["p99"]), "%.3f / %.3f" % (l["p50"], l["p99"]),
                     "**%.2f** / %.2f" % (ratio(l["p50"], s["p50"]), ratio(l["p99"], s["p99"])),
                     "%.2f" % ratio(l["mean"], s["mean"]),
                     "%.0f / %.0f (**%.2f**)" % (s["cpu_us"], l["cpu_us"], ratio(l["cpu_us"], s["cpu_us"])),
                     "%d / %d" % (s["errors"] + l["errors"], s["requests"] + l["requests"])])
    return ("Scaling (wrk, 1 connection, so latency is the service time; median of the measured rounds; ms)\n\n" +
            table(["request", "%s nodes p50 / p99" % format(regs[0], ","), "%s nodes p50 / p99" % format(regs[-1], ","),
                   "ratio p50 / p99", "ratio of means", "server CPU µs per request (ratio)", "errors / requests"], rows))


# ---- all ----------------------------------------------------------------------------------------------------

def targets_md(raw):
    """Issue 15's targets, each a ratio within one run."""
    rows = []
    p = os.path.join(raw, "session.json")
    if os.path.exists(p):
        data = json.load(open(p))
        wm = next((v for v in data["variants"] if v["name"].lower().startswith("wiremock")), None)
        for v in data["variants"]:
            if wm and v is not wm and ("launcher" in v["name"] or "Docker" in v["name"]):
                r = v["median_wall"] / wm["median_wall"]
                rows.append(["%d-case session ≤ 1.0 × WireMock (%s)" % (data["cases"], v["name"]),
                             "%.2f × (%.2f s vs %.2f s)" % (r, v["median_wall"], wm["median_wall"]), met(r <= 1.0)])
    p = os.path.join(raw, "startup.json")
    if os.path.exists(p):
        data = json.load(open(p))
        _, wm = startup_rows(data)
        for v in data["variants"]:
            if wm and v is not wm and not v.get("failed") and ("launcher" in v["name"] or "Docker" in v["name"]):
                r = v["median_s"] / wm["median_s"]
                rows.append(["start-up ≤ 0.8 × WireMock's java -jar (%s)" % v["name"], "%.2f × (%.2f s vs %.2f s)" %
                             (r, v["median_s"], wm["median_s"]), met(r <= 0.8)])
    p = os.path.join(raw, "throughput.jsonl")
    if os.path.exists(p):
        stats = throughput_stats(load_jsonl(p))
        for test, label in TESTS.items():
            e, w, f = stats.get((test, "emulator")), stats.get((test, "wiremock")), stats.get((test, "floor"))
            if e and w:
                r = ratio(e["rps"], w["rps"])
                rows.append(["throughput ≥ 1.0 × WireMock: %s" % label, "%.2f ×" % r, met(r >= 1.0)])
            if e and f:
                r = ratio(e["rps"], f["rps"])
                rows.append(["throughput ≥ 0.7 × the floor: %s" % label, "%.2f ×" % r, met(r >= 0.7)])
                r = ratio(e["p99"], f["p99"])
                rows.append(["p99 ≤ 2 × the floor's: %s" % label, "%.2f × (%.1f ms vs %.1f ms)" % (r, e["p99"], f["p99"]),
                             met(r <= 2)])
    p = os.path.join(raw, "memory.jsonl")
    if os.path.exists(p):
        recs = load_jsonl(p)
        wm = next((r for r in recs if r["server"].startswith("WireMock")), None)
        for r in recs:
            if r.get("target") == "idle" and wm:
                rows.append(["idle RSS ≤ WireMock's (%s)" % r["server"], "%s vs %s (%.2f ×)" % (
                    mb(r["rss_kb"]), mb(wm["rss_kb"]), ratio(r["rss_kb"], wm["rss_kb"])), met(r["rss_kb"] <= wm["rss_kb"])])
            if r.get("target") == "nodes":
                rows.append(["100,000 nodes in < 300 MB of heap (%s)" % r["server"], mb(r["heap_kb"]),
                             met(r["heap_kb"] < 300 * 1024)])
    return table(["target", "measured", ""], rows)


def all_md(raw):
    parts = []
    p = os.path.join(raw, "machine.json")
    if os.path.exists(p):
        m = json.load(open(p))
        parts.append("# Benchmark results\n\n%s · %s cores (`nproc`) · %s · %s GiB RAM · load before the run %s\n\n"
                     "- java: %s\n- java 25: %s\n- %s\n" % (m["date"], m["nproc"], m["cpu"], m["mem_gib"],
                                                          " ".join(m["load"]), m["java"], m["java25"] or "none", m["wrk"]))
    parts.append("## Targets\n\n" + targets_md(raw))
    if os.path.exists(os.path.join(raw, "session.json")):
        parts.append("## Test session\n\n" + session_md(os.path.join(raw, "session.json")))
    if os.path.exists(os.path.join(raw, "startup.json")):
        parts.append("## Start-up\n\n" + startup_md(os.path.join(raw, "startup.json"), "Start-up"))
    if os.path.exists(os.path.join(raw, "startup-run.json")):
        parts.append(startup_md(os.path.join(raw, "startup-run.json"), "The README's run command"))
    if os.path.exists(os.path.join(raw, "throughput.jsonl")):
        parts.append("## Throughput and latency\n\n" + throughput_md(os.path.join(raw, "throughput.jsonl")))
    if os.path.exists(os.path.join(raw, "memory.jsonl")):
        parts.append("## Memory\n\n" + memory_md(os.path.join(raw, "memory.jsonl")))
    if os.path.exists(os.path.join(raw, "scaling.jsonl")):
        parts.append("## Scaling with the registry\n\n" + scaling_md(os.path.join(raw, "scaling.jsonl")))
    if os.path.exists(os.path.join(raw, "startup-levers.json")):
        parts.append("## Start-up levers\n\n" + startup_md(os.path.join(raw, "startup-levers.json"), "Start-up levers"))
    return "\n\n".join(parts) + "\n"


def main():
    cmd, arg = sys.argv[1], sys.argv[2]
    print({"levers": lambda: startup_md(arg, "Start-up levers"), "startup": lambda: startup_md(arg, "Start-up"),
           "session": lambda: session_md(arg),
           "throughput": lambda: throughput_md(arg), "memory": lambda: memory_md(arg),
           "scaling": lambda: scaling_md(arg), "targets": lambda: targets_md(arg), "all": lambda: all_md(arg)}[cmd]())


if __name__ == "__main__":
    main()
