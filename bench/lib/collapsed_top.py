#!/usr/bin/env python3
"""Summarises an async-profiler collapsed-stack file: samples by kind of thread; of the web server's request threads,
the share whose innermost frame is the emulator's own code (self time), and the inclusive share of each emulator frame
(e.g. MigrationController.migrate: the rules, the state change and the job; what is outside it and outside the
emulator's filters is Tomcat, Spring MVC, Jackson and Hibernate Validator).

usage: collapsed_top.py FILE [N]
"""
import collections
import sys


def main():
    path = sys.argv[1]
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 25
    total = 0
    kinds = collections.Counter()
    inclusive = collections.Counter()
    own = 0
    for line in open(path):
        stack, count = line.rstrip("\n").rsplit(" ", 1)
        count = int(count)
        frames = stack.split(";")
        if "SocketProcessorBase.run" in stack or "NioEndpoint" in stack:
            kinds["request threads"] += count
        elif "CompileBroker" in stack or "Compile" in stack:
            kinds["JIT compiler"] += count
            continue
        elif "GC" in stack or "G1" in stack:
            kinds["garbage collector"] += count
            continue
        else:
            kinds["other (start-up, timers)"] += count
            continue
        total += count
        for frame in set(frames):
            inclusive[frame] += count
        # the innermost frame decides: emulator code if it, or the nearest Java frame above it, is io.cceemulator
        java = [f for f in frames if "/" in f or "." in f]
        if java and "io/cceemulator" in java[-1]:
            own += count
    print("samples by thread kind:", dict(kinds))
    if not total:
        return
    print("request threads: %d samples; innermost frame in io.cceemulator: %.1f%%" % (total, 100.0 * own / total))
    print("\n## inclusive share of request-thread samples (io.cceemulator frames)")
    for frame, count in inclusive.most_common():
        if "io/cceemulator" in frame and "$$Lambda" not in frame:
            print("%5.1f%%  %s" % (100.0 * count / total, frame.replace("/", ".")))
            n -= 1
            if n == 0:
                break


if __name__ == "__main__":
    main()
