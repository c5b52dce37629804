#!/usr/bin/env bash
# Throughput and latency with wrk (2 threads, 32 connections), the emulator against WireMock's canned stub of the
# same request, interleaved: first a warm-up of each server on every request kind but the list in turn (PREWARM
# each), then per request kind a warm-up of each, then ROUNDS rounds of one run each (order alternating). The long warm-up is needed
# on 2 cores: under 32 connections the JIT compilers get little CPU, and the emulator's refused migrate only reached
# its steady rate (~2 x its rate after 10 s) after ~50 s of load (BENCHMARKS.md); WireMock and the floor get the same.
#   refused   PUT migrate refused by the last rule in the order (400 after every other rule passed)
#   distinct  PUT migrate of a different node each time from a 100,000-node cluster (200, instant jobs)
#   job       GET job
#   list      GET nodes of a 1,000-node cluster (~880 KB of JSON)
# The emulator holds 100,000 + 1,000 nodes plus the default data, and checks the token (auth mode strict).
# Writes bench/results/raw/throughput.jsonl (+ .md). Env: DURATION (10s), PREWARM (15s), WARMUP (10s), ROUNDS (3),
# NODES (100000), THREADS (2), CONNECTIONS (32), TESTS ("refused distinct job list"), FLOOR (1: also the floor app of
# bench/floor, the stack answering canned records, to tell the emulator's own cost from the stack's; 0: without).
source "$(dirname "$0")/lib/common.sh"
ensure_wrk
DURATION="${DURATION:-10s}" PREWARM="${PREWARM:-15s}" WARMUP="${WARMUP:-10s}" ROUNDS="${ROUNDS:-3}" NODES="${NODES:-100000}"
THREADS="${THREADS:-2}" CONNECTIONS="${CONNECTIONS:-32}" TESTS="${TESTS:-refused distinct job list}" FLOOR="${FLOOR:-1}"
out="$RAW/throughput.jsonl"
: >"$out"

data="$CACHE/data/bench-$NODES-1000.json"
python3 "$BENCH_DIR/gen-data.py" --source "$NODES" --list 1000 --out "$data"
pe="$(free_port)"; start_emulator "$pe" "$data"; epid=$STARTED_PID
pw="$(free_port)"; start_wiremock "$pw"; wpid=$STARTED_PID
E="http://127.0.0.1:$pe" W="http://127.0.0.1:$pw"
servers=(emulator wiremock)
if [[ "$FLOOR" == 1 ]]; then
	pf="$(free_port)"; start_floor "$pf"; fpid=$STARTED_PID; F="http://127.0.0.1:$pf"
	servers+=(floor)
fi
wait_http "$epid" "$E/api/v3/projects/$PROJECT/clusters/$LIST_ID/nodes"
wait_http "$wpid" "$W/api/v3/projects/$PROJECT/clusters/$LIST_ID/nodes"
[[ "$FLOOR" == 1 ]] && wait_http "$fpid" "$F/api/v3/projects/$PROJECT/clusters"
log "emulator pid $epid on $pe, WireMock pid $wpid on $pw${fpid:+, floor pid $fpid on $pf}"
python3 "$BENCH_DIR/lib/record.py" "$out" kind=rss when=start server=emulator "rss_kb=$(rss_kb "$epid")"
python3 "$BENCH_DIR/lib/record.py" "$out" kind=rss when=start server=wiremock "rss_kb=$(rss_kb "$wpid")"

# A job to read: migrate node-a02 of the default data (the refused request keeps using node-a01). Made just before
# the job test: the distinct migrations before it finish far more jobs than the emulator keeps
# (emulator.jobs.retain-finished), so one made at the start would be gone.
new_job() {
	local body='{"spec":{"os":"EulerOS 2.9","login":{"sshKey":"KeyPair-001"},"nodes":[{"uid":"44444444-aaaa-4bbb-8ccc-000000000004"}]}}'
	local from to out
	# node-a02 goes back and forth between the two clusters, one job per call
	for from in "$REFUSE_SRC" "$REFUSE_DST"; do
		to="$REFUSE_DST"; [[ "$from" == "$REFUSE_DST" ]] && to="$REFUSE_SRC"
		out="$(curl -s -X PUT -H "X-Auth-Token: $TOKEN" -H 'Content-Type: application/json' \
			"$(migrate_url "$pe" "$from" "$to")" -d "$body")"
		python3 -c 'import json,sys; print(json.loads(sys.argv[1])["status"]["jobID"])' "$out" 2>/dev/null && return 0
	done
	die "could not make a job to read: $out"
}
job=""

K=""  # per-thread positions of the emulator's distinct-migration sequence
for ((t = 0; t < THREADS; t++)); do K+="${K:+,}0"; done

# one TEST SERVER ROUND DURATION
one() {
	local test="$1" server="$2" round="$3" dur="$4" base res pid c0 c1=""
	# The floor has no node listing: serialising 1,000 canned nodes would measure Jackson, not the stack's floor.
	[[ "$server" == floor && "$test" == list ]] && return 0
	case "$server" in
		emulator) base="$E" pid="$epid" ;;
		wiremock) base="$W" pid="$wpid" ;;
		floor) base="$F" pid="$fpid" ;;
	esac
	# WireMock keeps every request in its journal, unbounded, and slows down as it grows: cleared before each run,
	# as test suites do between tests (WireMock.resetAllRequests()), so each run meets it as a test would.
	if [[ "$server" == wiremock ]]; then
		curl -s -o /dev/null -X DELETE "$W/__admin/requests" || die "WireMock is not answering (see $RAW/wiremock-$pw.log)"
	fi
	c0="$(cpu_ms "$pid")"
	case "$test" in
		refused) res="$(wrk_run "$test" migrate-refused.lua "$(migrate_url "${base##*:}" "$REFUSE_SRC" "$REFUSE_DST")" "$THREADS" "$CONNECTIONS" "$dur")" ;;
		distinct)
			local k="$K"
			[[ "$server" != emulator ]] && k=0,0
			res="$(wrk_run "$test" migrate-distinct.lua "$base" "$THREADS" "$CONNECTIONS" "$dur" "$NODES" "$THREADS" 1 "$k")"
			c1="$(cpu_ms "$pid")"
			if [[ "$server" == emulator ]]; then
				K="$(python3 -c 'import json,sys; print(",".join(str(x) for x in json.loads(sys.argv[1])["k"]))' "$res")"
				local fx
				local full=""
				[[ "$(python3 -c 'import json,sys; print(json.loads(sys.argv[1])["errors"])' "$res")" != 0 ]] && full=--full
				fx="$(python3 "$BENCH_DIR/lib/fixup.py" --base "$E" --nodes "$NODES" --threads "$THREADS" --batch 1 --k "$K" $full)"
				res="$(python3 -c 'import json,sys; d=json.loads(sys.argv[1]); d["fixup"]=json.loads(sys.argv[2]); print(json.dumps(d))' "$res" "$fx")"
			fi
			;;
		job) res="$(wrk_run "$test" get.lua "$base/api/v3/projects/$PROJECT/jobs/$job" "$THREADS" "$CONNECTIONS" "$dur")" ;;
		list) res="$(wrk_run "$test" get.lua "$base/api/v3/projects/$PROJECT/clusters/$LIST_ID/nodes" "$THREADS" "$CONNECTIONS" "$dur")" ;;
	esac
	python3 "$BENCH_DIR/lib/record.py" "$out" kind=wrk "test=$test" "server=$server" "round=$round" \
		"cpu_ms=$((${c1:-$(cpu_ms "$pid")} - c0))" "json=$res"
	log "$(tail -1 "$out" | python3 -c 'import json,sys; d=json.loads(sys.stdin.read()); print("%-8s %-8s round %s: %8.0f req/s  p50 %7.2f ms  p99 %7.2f ms  errors %d  cpu %5.0f us/req" % (d["test"], d["server"], d["round"], d["rps"], d["p50_ms"], d["p99_ms"], d["errors"], 1000.0 * d["cpu_ms"] / max(d["requests"], 1)))')"
}

if [[ "$PREWARM" != 0 ]]; then
	for s in "${servers[@]}"; do
		for test in $TESTS; do
			# Not the list: WireMock's journal keeps every 880 KB response of a run, and 15 s of them outgrow its
			# default heap (it died of OutOfMemoryError at 07:21); the list comes last, on warm servers, anyway.
			[[ "$test" == list ]] && continue
			[[ "$test" == job ]] && job="$(new_job)"
			one "$test" "$s" 0 "$PREWARM"
		done
	done
fi
for test in $TESTS; do
	[[ "$test" == job ]] && job="$(new_job)"
	if [[ "$test" == list && -z "$WIREMOCK_ARGS" ]]; then
		# WireMock's journal keeps every request with its response, and ten seconds of 880 KB listings outgrow its
		# default heap (~6 GB here: it died of OutOfMemoryError at 07:21 and 07:38 UTC). For the list only, a fresh
		# WireMock keeps the last 1,000 entries. Not for the other tests: with the bound WireMock's small calls cost
		# 2.5-4 x the CPU (refused 112 -> 298-464 us per request at 08:05 UTC).
		stop_pid "$wpid"
		WIREMOCK_ARGS="--max-request-journal-entries 1000" start_wiremock "$pw"; wpid=$STARTED_PID
		wait_http "$wpid" "$W/api/v3/projects/$PROJECT/clusters/$LIST_ID/nodes"
	fi
	if [[ "$WARMUP" != 0 ]]; then for s in "${servers[@]}"; do one "$test" "$s" 0 "$WARMUP"; done; fi
	for ((r = 1; r <= ROUNDS; r++)); do
		# odd rounds in the list's order, even rounds reversed
		order=("${servers[@]}")
		((r % 2)) || order=($(printf '%s\n' "${servers[@]}" | tac))
		for s in "${order[@]}"; do one "$test" "$s" "$r" "$DURATION"; done
	done
done

for s in emulator wiremock; do
	pid="$epid"; [[ "$s" == wiremock ]] && pid="$wpid"
	python3 "$BENCH_DIR/lib/record.py" "$out" kind=rss when=after server="$s" "rss_kb=$(rss_kb "$pid")" \
		"heap_kb=$(heap_used_kb "$pid")" "rss_after_gc_kb=$(rss_kb "$pid")"
done
stop_pid "$epid"; stop_pid "$wpid"; [[ "$FLOOR" == 1 ]] && stop_pid "$fpid"
python3 "$BENCH_DIR/lib/report.py" throughput "$out" | tee "$RAW/throughput.md"
