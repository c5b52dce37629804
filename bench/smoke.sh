#!/usr/bin/env bash
# CI smoke of the benchmarks: every script end to end with tiny durations and data, results in
# bench/results/raw/smoke/ (git-ignored). Asserts nothing about times: it fails only if a script fails (a server that
# does not start, a wrk script error, a report that cannot be made). About 1.5 minutes on 2 cores (2.5 when other builds load them).
set -euo pipefail
BENCH_DIR="$(cd "$(dirname "$0")" && pwd)"
export BENCH_RAW="$BENCH_DIR/results/raw/smoke"
mkdir -p "$BENCH_RAW"
rm -f "$BENCH_RAW"/*
start=$(date +%s)
step() { echo "== smoke: $* ($(($(date +%s) - start)) s)" >&2; }
step session;    SESSION_ROUNDS=1 CASES=3 "$BENCH_DIR/session.sh" >/dev/null
step startup;    RUNS=1 RUN_CMD=0 "$BENCH_DIR/startup.sh" >/dev/null
step throughput; DURATION=1s PREWARM=0 WARMUP=0 ROUNDS=1 NODES=2000 "$BENCH_DIR/throughput.sh" >/dev/null
step memory;     NODES=2000 SETTLE=0 FAST=0 "$BENCH_DIR/memory.sh" >/dev/null
step scaling;    SMALL=400 LARGE=2000 DURATION=1s WARMUP=0 ROUNDS=1 "$BENCH_DIR/scaling.sh" >/dev/null
step report
source "$BENCH_DIR/lib/common.sh"
machine_json >"$BENCH_RAW/machine.json"
python3 "$BENCH_DIR/lib/report.py" all "$BENCH_RAW" >"$BENCH_RAW/latest.md"
grep -q "Throughput" "$BENCH_RAW/latest.md"
echo "bench smoke passed in $(($(date +%s) - start)) s (figures of a smoke mean nothing: $BENCH_RAW/latest.md)"
