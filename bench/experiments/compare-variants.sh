#!/usr/bin/env bash
# Compares emulator builds (from build-variants.sh) with each other and with WireMock, interleaved:
#   1. start-up (startup.py, RUNS runs): each jar with `java -jar` and with launch-fast.sh
#   2. wrk (2 threads, 32 connections, DURATION, ROUNDS rounds after a warm-up) on TESTS ("refused job list")
#   3. idle RSS after start, and RSS after the wrk runs
# usage: bench/experiments/compare-variants.sh NAME=JAR[|APP ARGS] [...]; a NAME containing "aot" (or starting with
# "all") runs with -Dspring.aot.enabled=true; APP ARGS go to the emulator (e.g. runtime settings). A WireMock started
# as users run it is always compared; WIREMOCK_NOJOURNAL=1 adds one with --no-request-journal. STARTUP=0 skips the
# start-up part. Writes bench/results/raw/variants-*.{json,jsonl} and prints tables.
source "$(dirname "$0")/../lib/common.sh"
ensure_wrk
RUNS="${RUNS:-5}" DURATION="${DURATION:-10s}" WARMUP="${WARMUP:-10s}" ROUNDS="${ROUNDS:-2}" TESTS="${TESTS:-refused job list}"
declare -A JAR OPTS ARGS
names=()
for a in "$@"; do
	n="${a%%=*}"; names+=("$n"); v="${a#*=}"; JAR[$n]="${v%%|*}"; ARGS[$n]=""
	[[ "$v" == *"|"* ]] && ARGS[$n]="${v#*|}"
	OPTS[$n]=""; [[ "$n" == *aot* || "$n" == all* ]] && OPTS[$n]="-Dspring.aot.enabled=true"
done
wm="$(wiremock_jar)"

# 1. start-up
if [[ "${STARTUP:-1}" != 0 ]]; then
args=()
for n in "${names[@]}"; do
	args+=(--variant "$n: java -jar::$JAVA ${OPTS[$n]} -jar ${JAR[$n]} --server.port={port} ${ARGS[$n]}")
	fast_opts="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC ${OPTS[$n]}"
	EMULATOR_JAR="${JAR[$n]}" FAST_JVM_OPTS="$fast_opts" "$BENCH_DIR/launch-fast.sh" --prepare
	args+=(--variant "$n: launch-fast.sh::$(EMULATOR_JAR="${JAR[$n]}" FAST_JVM_OPTS="$fast_opts" "$BENCH_DIR/launch-fast.sh" --print) --server.port={port} ${ARGS[$n]}")
done
args+=(--variant "WireMock: java -jar::$JAVA -jar $wm --port {port} --root-dir $BENCH_DIR/wiremock $WIREMOCK_ARGS")
python3 "$BENCH_DIR/lib/startup.py" --runs "$RUNS" --out "$RAW/variants-startup.json" --log "$RAW/variants-startup.log" "${args[@]}"
python3 "$BENCH_DIR/lib/report.py" startup "$RAW/variants-startup.json"
fi

# 2. wrk, all servers up at once (default data + the 1,000-node list cluster), plus WireMock
out="$RAW/variants-wrk.jsonl"; : >"$out"
data="$CACHE/data/bench-10-1000.json"
python3 "$BENCH_DIR/gen-data.py" --source 10 --list 1000 --out "$data"
declare -A PORT PID JOB
for n in "${names[@]}"; do
	PORT[$n]="$(free_port)"
	# shellcheck disable=SC2086
	EMULATOR_JVM_OPTS="${OPTS[$n]}" EMULATOR_JAR="${JAR[$n]}" start_emulator "${PORT[$n]}" "$data" ${ARGS[$n]}
	PID[$n]=$STARTED_PID
done
PORT[wiremock]="$(free_port)"; start_wiremock "${PORT[wiremock]}"; PID[wiremock]=$STARTED_PID
all=("${names[@]}" wiremock)
if [[ "${WIREMOCK_NOJOURNAL:-0}" == 1 ]]; then
	PORT[wiremock-nojournal]="$(free_port)"
	WIREMOCK_ARGS="$WIREMOCK_ARGS --no-request-journal" start_wiremock "${PORT[wiremock-nojournal]}"
	PID[wiremock-nojournal]=$STARTED_PID
	all+=(wiremock-nojournal)
fi
for n in "${all[@]}"; do
	wait_http "${PID[$n]}" "http://127.0.0.1:${PORT[$n]}/api/v3/projects/$PROJECT/clusters/$LIST_ID/nodes"
	python3 "$BENCH_DIR/lib/record.py" "$out" kind=rss when=start "server=$n" "rss_kb=$(rss_kb "${PID[$n]}")"
	JOB[$n]="$(curl -s -X PUT -H "X-Auth-Token: $TOKEN" -H 'Content-Type: application/json' "$(migrate_url "${PORT[$n]}" "$REFUSE_SRC" "$REFUSE_DST")" \
		-d '{"spec":{"os":"EulerOS 2.9","login":{"sshKey":"KeyPair-001"},"nodes":[{"uid":"44444444-aaaa-4bbb-8ccc-000000000004"}]}}' |
		python3 -c 'import json,sys; print(json.load(sys.stdin)["status"]["jobID"])')"
done
one() {
	local test="$1" n="$2" round="$3" dur="$4" p="${PORT[$2]}" res c0
	c0="$(cpu_ms "${PID[$n]}")"
	case "$test" in
		refused) res="$(wrk_run "$test" migrate-refused.lua "$(migrate_url "$p" "$REFUSE_SRC" "$REFUSE_DST")" 2 32 "$dur")" ;;
		job) res="$(wrk_run "$test" get.lua "http://127.0.0.1:$p/api/v3/projects/$PROJECT/jobs/${JOB[$n]}" 2 32 "$dur")" ;;
		list) res="$(wrk_run "$test" get.lua "http://127.0.0.1:$p/api/v3/projects/$PROJECT/clusters/$LIST_ID/nodes" 2 32 "$dur")" ;;
	esac
	python3 "$BENCH_DIR/lib/record.py" "$out" kind=wrk "test=$test" "server=$n" "round=$round" \
		"cpu_ms=$(($(cpu_ms "${PID[$n]}") - c0))" "json=$res"
	log "$(python3 -c 'import json,sys; d=json.loads(sys.argv[1]); print("%-8s %-10s round %s: %8.0f req/s  p50 %7.2f ms  p99 %7.2f ms  errors %d" % (sys.argv[2], sys.argv[3], sys.argv[4], d["rps"], d["p50_ms"], d["p99_ms"], d["errors"]))' "$res" "$test" "$n" "$round")"
}
for test in $TESTS; do
	for n in "${all[@]}"; do one "$test" "$n" 0 "$WARMUP"; done
	for ((r = 1; r <= ROUNDS; r++)); do
		order=("${all[@]}"); ((r % 2)) || order=($(printf '%s\n' "${all[@]}" | tac))
		for n in "${order[@]}"; do one "$test" "$n" "$r" "$DURATION"; done
	done
done
for n in "${all[@]}"; do
	python3 "$BENCH_DIR/lib/record.py" "$out" kind=rss when=after "server=$n" "rss_kb=$(rss_kb "${PID[$n]}")"
	stop_pid "${PID[$n]}"
done
python3 - "$out" <<'PY'
import json, statistics, sys
recs = [json.loads(l) for l in open(sys.argv[1]) if l.strip()]
servers = list(dict.fromkeys(r["server"] for r in recs))
tests = list(dict.fromkeys(r["test"] for r in recs if r.get("kind") == "wrk"))
print("| server | " + " | ".join("%s req/s (p99 ms; CPU us/req)" % t for t in tests) + " | RSS start | RSS after |")
print("|---" * (len(tests) + 3) + "|")
for s in servers:
    cells = []
    for t in tests:
        rs = [r for r in recs if r.get("kind") == "wrk" and r["server"] == s and r["test"] == t and r["round"] >= 1]
        cells.append("%.0f (%.1f; %.0f)%s" % (statistics.median(r["rps"] for r in rs), statistics.median(r["p99_ms"] for r in rs),
                                        statistics.median(1000.0 * r["cpu_ms"] / max(r["requests"], 1) for r in rs),
                                        " errors %d" % sum(r["errors"] for r in rs) if sum(r["errors"] for r in rs) else ""))
    rss = {r["when"]: r["rss_kb"] for r in recs if r.get("kind") == "rss" and r["server"] == s}
    print("| %s | %s | %d MB | %d MB |" % (s, " | ".join(cells), rss.get("start", 0) / 1024, rss.get("after", 0) / 1024))
PY
