#!/usr/bin/env bash
# Does the cost of a request follow the request or the registry? Two emulators, one with SMALL (1,000) nodes in the
# source cluster and one with LARGE (100,000), both plus the default data; wrk with 1 connection (latency = service
# time), interleaved rounds:
#   refused      the migrate refused by the last rule (400)
#   accepted200  an accepted migration of 200 distinct nodes (200, instant jobs; back and forth between two clusters)
# Writes bench/results/raw/scaling.jsonl (+ .md). Env: SMALL, LARGE, DURATION (10s), WARMUP (10s), ROUNDS (3).
source "$(dirname "$0")/lib/common.sh"
ensure_wrk
SMALL="${SMALL:-1000}" LARGE="${LARGE:-100000}" DURATION="${DURATION:-10s}" WARMUP="${WARMUP:-10s}" ROUNDS="${ROUNDS:-3}"
BATCH=200
out="$RAW/scaling.jsonl"
: >"$out"
declare -A PORT PID K
for n in "$SMALL" "$LARGE"; do
	python3 "$BENCH_DIR/gen-data.py" --source "$n" --list 0 --out "$CACHE/data/bench-$n-0.json"
	PORT[$n]="$(free_port)"
	start_emulator "${PORT[$n]}" "$CACHE/data/bench-$n-0.json"
	PID[$n]=$STARTED_PID
	K[$n]=0
done
for n in "$SMALL" "$LARGE"; do
	wait_http "${PID[$n]}" "http://127.0.0.1:${PORT[$n]}/api/v3/projects/$PROJECT/clusters"
done

one() { # one TEST NODES ROUND DURATION
	local test="$1" n="$2" round="$3" dur="$4" port="${PORT[$2]}" res c0 c1=""
	c0="$(cpu_ms "${PID[$n]}")"
	case "$test" in
		refused) res="$(wrk_run "$test" migrate-refused.lua "$(migrate_url "$port" "$REFUSE_SRC" "$REFUSE_DST")" 1 1 "$dur")" ;;
		accepted200)
			res="$(wrk_run "$test" migrate-distinct.lua "http://127.0.0.1:$port" 1 1 "$dur" "$n" 1 "$BATCH" "${K[$n]}")"
			c1="$(cpu_ms "${PID[$n]}")"
			K[$n]="$(python3 -c 'import json,sys; print(json.loads(sys.argv[1])["k"][0])' "$res")"
			local full="" fx
			[[ "$(python3 -c 'import json,sys; print(json.loads(sys.argv[1])["errors"])' "$res")" != 0 ]] && full=--full
			fx="$(python3 "$BENCH_DIR/lib/fixup.py" --base "http://127.0.0.1:$port" --nodes "$n" --threads 1 --batch "$BATCH" --k "${K[$n]}" $full)"
			res="$(python3 -c 'import json,sys; d=json.loads(sys.argv[1]); d["fixup"]=json.loads(sys.argv[2]); print(json.dumps(d))' "$res" "$fx")"
			;;
	esac
	python3 "$BENCH_DIR/lib/record.py" "$out" kind=wrk "test=$test" "registry=$n" "round=$round" \
		"cpu_ms=$((${c1:-$(cpu_ms "${PID[$n]}")} - c0))" "json=$res"
	log "$(python3 -c 'import json,sys; d=json.loads(sys.argv[1]); print("%-11s %7s nodes round %s: p50 %6.3f ms  p99 %6.3f ms  %7.0f req/s  errors %d" % (sys.argv[2], sys.argv[3], sys.argv[4], d["p50_ms"], d["p99_ms"], d["rps"], d["errors"]))' "$res" "$test" "$n" "$round") cpu $(tail -1 "$out" | python3 -c 'import json,sys; d=json.loads(sys.stdin.read()); print("%.0f us/req" % (1000.0 * d["cpu_ms"] / max(d["requests"], 1)))')"
}

for test in refused accepted200; do
	if [[ "$WARMUP" != 0 ]]; then one "$test" "$SMALL" 0 "$WARMUP"; one "$test" "$LARGE" 0 "$WARMUP"; fi
	for ((r = 1; r <= ROUNDS; r++)); do
		if ((r % 2)); then one "$test" "$SMALL" "$r" "$DURATION"; one "$test" "$LARGE" "$r" "$DURATION"
		else one "$test" "$LARGE" "$r" "$DURATION"; one "$test" "$SMALL" "$r" "$DURATION"; fi
	done
done
stop_pid "${PID[$SMALL]}"; stop_pid "${PID[$LARGE]}"
python3 "$BENCH_DIR/lib/report.py" scaling "$out" | tee "$RAW/scaling.md"
