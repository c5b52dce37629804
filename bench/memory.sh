#!/usr/bin/env bash
# Resident memory (VmRSS) and live heap (in use after a full GC):
#   * idle after start, default data: the emulator through the test library's launcher, the Docker image's command
#     line and `java -jar` (bench/lib/paths.sh), with FAST=1 also bench/launch-fast.sh, and WireMock
#   * with NODES (100,000) nodes loaded: the emulator with `java -jar` and through the launcher (and launch-fast.sh)
#   * after the throughput runs: taken from throughput.jsonl when throughput.sh ran before
# All servers start together and are measured SETTLE seconds after their first answer, one after the other.
# Writes bench/results/raw/memory.jsonl (+ .md). Env: NODES (100000), SETTLE (5), FAST (0; 1 adds launch-fast.sh).
source "$(dirname "$0")/lib/common.sh"
source "$BENCH_DIR/lib/paths.sh"
NODES="${NODES:-100000}" SETTLE="${SETTLE:-5}" FAST="${FAST:-0}"
out="$RAW/memory.jsonl"
: >"$out"
jar="$(emulator_jar)"
[[ "$FAST" == 1 ]] && EMULATOR_JAR="$jar" "$BENCH_DIR/launch-fast.sh" --prepare
data="$CACHE/data/bench-$NODES-0.json"
python3 "$BENCH_DIR/gen-data.py" --source "$NODES" --list 0 --out "$data"

measure() { # measure WHAT SERVER PID TARGET NOTE
	local rss heap
	rss="$(rss_kb "$3")"
	heap="$(heap_used_kb "$3")"
	python3 "$BENCH_DIR/lib/record.py" "$out" "what=$1" "server=$2" "rss_kb=$rss" "heap_kb=$heap" \
		"rss_after_gc_kb=$(rss_kb "$3")" "target=$4" "note=$5"
	log "$1 / $2: RSS $((rss / 1024)) MB, live heap $((heap / 1024)) MB"
}

launch_fast() { # launch_fast PORT [args]: the same flags as launch-fast.sh, plus instant jobs and the auth mode
	local port="$1"; shift
	start_bg "$RAW/emulator-fast-$port.log" env EMULATOR_JAR="$jar" "$BENCH_DIR/launch-fast.sh" \
		--server.port="$port" --emulator.jobs.instant=true --emulator.auth.mode="$BENCH_AUTH_MODE" "$@"
}
# start_path PORT CMD [args]: a command of paths.sh on this port (the launcher's port file and pipe are left out:
# they change nothing in its memory, and a background job's input is not a pipe).
start_path() {
	local port="$1" cmd="$2"; shift 2
	cmd="${cmd//--server.port=0/--server.port=$port}"; cmd="${cmd//\{port\}/$port}"
	cmd="${cmd//--emulator.launch.exit-with-parent=true/}"; cmd="${cmd//--emulator.launch.port-file=\{portfile\}/}"
	# shellcheck disable=SC2086
	start_bg "$RAW/emulator-path-$port.log" $cmd --emulator.auth.mode="$BENCH_AUTH_MODE" "$@"
}
prepare_launcher; prepare_docker
clusters() { echo "http://127.0.0.1:$1/api/v3/projects/$PROJECT/clusters"; }

# All servers start together; each is measured once it answered and SETTLE seconds have passed.
p1="$(free_port)"; start_emulator "$p1" ""; e1=$STARTED_PID
pl="$(free_port)"; start_path "$pl" "$LAUNCHER_CMD"; el=$STARTED_PID
pd="$(free_port)"; start_path "$pd" "$DOCKER_CMD"; ed=$STARTED_PID
pn="$(free_port)"; start_path "$pn" "$LAUNCHER_CMD" --emulator.data.location="$data"; en=$STARTED_PID
e2="" e5=""
[[ "$FAST" == 1 ]] && { p2="$(free_port)"; launch_fast "$p2"; e2=$STARTED_PID; }
p3="$(free_port)"; start_wiremock "$p3"; w=$STARTED_PID
p4="$(free_port)"; start_emulator "$p4" "$data"; e4=$STARTED_PID
[[ "$FAST" == 1 ]] && { p5="$(free_port)"; launch_fast "$p5" --emulator.data.location="$data"; e5=$STARTED_PID; }
wait_http "$e1" "$(clusters "$p1")"
wait_http "$el" "$(clusters "$pl")"
wait_http "$ed" "$(clusters "$pd")"
wait_http "$en" "$(clusters "$pn")"
[[ -n "$e2" ]] && wait_http "$e2" "$(clusters "$p2")"
wait_http "$w" "http://127.0.0.1:$p3/api/v3/projects/$PROJECT/clusters/$LIST_ID/nodes"
wait_http "$e4" "$(clusters "$p4")"
[[ -n "$e5" ]] && wait_http "$e5" "$(clusters "$p5")"
sleep "$SETTLE"
fast_flags=""
[[ "$FAST" == 1 ]] && fast_flags="$(EMULATOR_JAR="$jar" "$BENCH_DIR/launch-fast.sh" --print | tr ' ' '\n' | grep -e '^-XX:' -e '^-Xshare' -e '^-Xm' -e '^-Xss' -e '^-D' | grep -v -e AOTCache -e SharedArchive | tr '\n' ' ')"
measure "idle after start, default data" "emulator (test library's launcher)" "$el" idle "$LAUNCHER_JVM_OPTS, CDS"
measure "idle after start, default data" "emulator (Docker image's command)" "$ed" idle "the image's JAVA_OPTS, CDS"
measure "idle after start, default data" "emulator (java -jar)" "$e1" idle "G1, default heap sizing, Spring AOT"
[[ -n "$e2" ]] && measure "idle after start, default data" "emulator (launch-fast.sh)" "$e2" idle "$fast_flags"
measure "idle after start" "WireMock (java -jar)" "$w" "" "$(ls "$BENCH_DIR/wiremock/mappings" | wc -l) stub mappings"
measure "$(printf "%'d" "$NODES") nodes loaded" "emulator (java -jar)" "$e4" nodes ""
measure "$(printf "%'d" "$NODES") nodes loaded" "emulator (test library's launcher)" "$en" nodes ""
[[ -n "$e5" ]] && measure "$(printf "%'d" "$NODES") nodes loaded" "emulator (launch-fast.sh)" "$e5" "" "$fast_flags"
for p in "$e1" "$el" "$ed" "$en" "$e2" "$w" "$e4" "$e5"; do [[ -n "$p" ]] && stop_pid "$p"; done

# 3. after the throughput runs
if [[ -f "$RAW/throughput.jsonl" ]]; then
	python3 - "$RAW/throughput.jsonl" "$out" <<'PY'
import json, sys
recs = [json.loads(l) for l in open(sys.argv[1]) if l.strip()]
with open(sys.argv[2], "a") as f:
    for r in recs:
        if r.get("kind") == "rss" and r.get("when") == "after":
            n = sum(x["requests"] for x in recs if x.get("kind") == "wrk" and x["server"] == r["server"])
            f.write(json.dumps({"what": "after the throughput runs", "server": r["server"] + " (java -jar)",
                                "rss_kb": r["rss_kb"], "heap_kb": r.get("heap_kb"),
                                "note": "from throughput.sh, after %d requests" % n}) + "\n")
PY
fi
python3 "$BENCH_DIR/lib/report.py" memory "$out" | tee "$RAW/memory.md"
