#!/usr/bin/env bash
# Where does the emulator spend its CPU under load? Starts it with a JFR recording (profile settings), drives one
# request kind with wrk for DURATION, and prints the hottest methods (lib/jfr_top.py). PROFILER=async uses
# async-profiler instead (tools.profiler:async-profiler:4.2 from Maven Central, CPU time by itimer, every thread, from
# the start: run long enough for the warm-up to fade) and prints lib/collapsed_top.py's summary.
# usage: bench/profile.sh [refused|distinct|job|list] (default refused). Env: DURATION (20s), NODES (100000), PROFILER.
source "$(dirname "$0")/lib/common.sh"
ensure_wrk
test="${1:-refused}" DURATION="${DURATION:-20s}" NODES="${NODES:-100000}"
data="$CACHE/data/bench-$NODES-1000.json"
[[ -f "$data" ]] || python3 "$BENCH_DIR/gen-data.py" --source "$NODES" --list 1000 --out "$data"
jfr="$RAW/profile-$test.jfr"
collapsed="$RAW/profile-$test.collapsed"
port="$(free_port)"
if [[ "${PROFILER:-jfr}" == async ]]; then
	ap="$CACHE/async-profiler-4.2"
	if [[ ! -f "$ap/linux-x64/libasyncProfiler.so" ]]; then
		mvn=mvn; command -v mvn >/dev/null || mvn="$REPO/mvnw"
		(cd "$CACHE" && "$mvn" -B -q dependency:copy -Dartifact=tools.profiler:async-profiler:4.2:jar:linux-x64 \
			-DoutputDirectory="$CACHE") >&2
		mkdir -p "$ap" && (cd "$ap" && python3 -c 'import sys, zipfile; zipfile.ZipFile(sys.argv[1]).extractall()' \
			"$CACHE/async-profiler-4.2-linux-x64.jar")
	fi
	EMULATOR_JVM_OPTS="-agentpath:$ap/linux-x64/libasyncProfiler.so=start,event=itimer,interval=1ms,file=$collapsed,collapsed" \
		start_emulator "$port" "$data"
else
	EMULATOR_JVM_OPTS="-XX:StartFlightRecording=filename=$jfr,settings=profile,dumponexit=true" start_emulator "$port" "$data"
fi
pid=$STARTED_PID
base="http://127.0.0.1:$port"
wait_http "$pid" "$base/api/v3/projects/$PROJECT/clusters"
job="$(curl -s -X PUT -H "X-Auth-Token: $TOKEN" -H 'Content-Type: application/json' "$(migrate_url "$port" "$REFUSE_SRC" "$REFUSE_DST")" \
	-d '{"spec":{"os":"EulerOS 2.9","login":{"sshKey":"KeyPair-001"},"nodes":[{"uid":"44444444-aaaa-4bbb-8ccc-000000000004"}]}}' |
	python3 -c 'import json,sys; print(json.load(sys.stdin)["status"]["jobID"])')"
case "$test" in
	refused) wrk_run "$test" migrate-refused.lua "$(migrate_url "$port" "$REFUSE_SRC" "$REFUSE_DST")" 2 32 "$DURATION" ;;
	distinct) wrk_run "$test" migrate-distinct.lua "$base" 2 32 "$DURATION" "$NODES" 2 1 0,0 ;;
	job) wrk_run "$test" get.lua "$base/api/v3/projects/$PROJECT/jobs/$job" 2 32 "$DURATION" ;;
	list) wrk_run "$test" get.lua "$base/api/v3/projects/$PROJECT/clusters/$LIST_ID/nodes" 2 32 "$DURATION" ;;
esac
stop_pid "$pid"
if [[ "${PROFILER:-jfr}" == async ]]; then
	python3 "$BENCH_DIR/lib/collapsed_top.py" "$collapsed" 25
	exit 0
fi
JFR="$(dirname "$(readlink -f "$(command -v "$JAVA")")")/jfr" python3 "$BENCH_DIR/lib/jfr_top.py" "$jfr" 25
