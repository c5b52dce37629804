#!/usr/bin/env bash
# Runs the benchmarks of BENCHMARKS.md (test session, start-up, throughput, memory; scaling with SCALING=1, the
# start-up levers with LEVERS=1) and prints the report, also saved as bench/results/latest.md. About 15 minutes on
# 2 cores with DURATION=6s PREWARM=10s WARMUP=5s ROUNDS=2 (BENCHMARKS.md's run), 25 with the defaults.
# Each script's knobs pass through the environment (see the scripts); EMULATOR_JAR picks the jar (default: the newest
# target/cce-emulator-*.jar, built if there is none).
source "$(dirname "$0")/lib/common.sh"
ensure_wrk
rm -f "$RAW"/*.json "$RAW"/*.jsonl "$RAW"/*.md "$RAW"/*.log
export EMULATOR_JAR="$(emulator_jar)"
wiremock_jar >/dev/null
machine_json >"$RAW/machine.json"
log "emulator jar: $EMULATOR_JAR"
"$BENCH_DIR/session.sh"
"$BENCH_DIR/startup.sh"
"$BENCH_DIR/throughput.sh"
"$BENCH_DIR/memory.sh"
[[ "${SCALING:-0}" == 1 ]] && "$BENCH_DIR/scaling.sh"
[[ "${LEVERS:-0}" == 1 ]] && "$BENCH_DIR/startup-levers.sh"
python3 "$BENCH_DIR/lib/report.py" all "$RAW" >"${REPORT:-$BENCH_DIR/results/latest.md}"
echo
cat "${REPORT:-$BENCH_DIR/results/latest.md}"
