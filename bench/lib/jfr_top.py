#!/usr/bin/env python3
"""Summarises jdk.ExecutionSample events of a JFR recording: the hottest methods by self time (top frame), by total
time (anywhere in the stack), and the hottest io.cceemulator frames (the first emulator frame of each stack).

usage: jfr_top.py JFR_FILE [N] [THREAD_REGEX]   (needs the `jfr` tool of the JDK, found next to java or on PATH)
Only samples of threads whose name matches THREAD_REGEX count (default: the web server's request threads).
"""
import collections
import json
import os
import re
import shutil
import subprocess
import sys


def main():
    path = sys.argv[1]
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 25
    only = re.compile(sys.argv[3] if len(sys.argv) > 3 else r"exec|qtp|worker")
    jfr = os.environ.get("JFR") or shutil.which("jfr") or "jfr"
    out = subprocess.run([jfr, "print", "--json", "--stack-depth", "256", "--events", "jdk.ExecutionSample", path],
                         capture_output=True, text=True, check=True).stdout
    events = [e for e in json.loads(out)["recording"]["events"]
              if only.search((e["values"].get("sampledThread") or {}).get("javaName") or "")]
    self_c, total_c, app_c = collections.Counter(), collections.Counter(), collections.Counter()
    stacks = collections.Counter()
    for e in events:
        frames = e["values"]["stackTrace"]["frames"] if e["values"].get("stackTrace") else []
        names = ["%s.%s" % (f["method"]["type"]["name"].replace("/", "."), f["method"]["name"]) for f in frames]
        if not names:
            continue
        self_c[names[0]] += 1
        stacks[" <- ".join(n.rsplit(".", 2)[-2] + "." + n.rsplit(".", 1)[-1] for n in names[:8])] += 1
        for m in set(names):
            total_c[m] += 1
        app = next((m for m in names if m.startswith("io.cceemulator.")), None)
        if app:
            app_c[app] += 1
    total = len(events)
    print("%d samples" % total)
    for title, c in (("self (top frame)", self_c), ("total (in stack)", total_c),
                     ("first io.cceemulator frame", app_c), ("top stacks (8 frames, innermost first)", stacks)):
        print("\n## %s" % title)
        for m, k in c.most_common(n):
            print("%5.1f%%  %s" % (100.0 * k / total, m))


if __name__ == "__main__":
    main()
