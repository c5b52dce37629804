#!/usr/bin/env bash
# Idle resident memory of the emulator (default data) under JVM memory flags, all started together and measured
# SETTLE seconds after their first answer: which flags bring idle RSS under a target without a rebuild?
# usage: bench/experiments/idle-rss.sh   Env: SETTLE (5), EMULATOR_JAR.
source "$(dirname "$0")/../lib/common.sh"
SETTLE="${SETTLE:-5}"
jar="$(emulator_jar)"
EMULATOR_JAR="$jar" "$BENCH_DIR/launch-fast.sh" --prepare
flags=(
	""
	"-XX:+UseSerialGC"
	"-XX:+UseSerialGC -XX:TieredStopAtLevel=1"
	"-XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xmx256m"
	"-XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xmx128m -Xss256k -XX:ReservedCodeCacheSize=32m -XX:MaxMetaspaceSize=128m"
	"-XX:+UseSerialGC -Xmx128m -Xss256k"
)
declare -a PIDS PORTS NAMES
i=0
for f in "${flags[@]}"; do
	PORTS[$i]="$(free_port)"; NAMES[$i]="java ${f:-(defaults)} -jar"
	EMULATOR_JVM_OPTS="$f" start_emulator "${PORTS[$i]}" ""; PIDS[$i]=$STARTED_PID; i=$((i + 1))
done
fast=(
	"-XX:TieredStopAtLevel=1 -XX:+UseSerialGC"
	"-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xmx128m -Xss256k"
	"-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xms16m -Xss256k"
	"-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xms16m -Xss256k -XX:ReservedCodeCacheSize=24m -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=30"
)
for f in "${fast[@]}"; do
	PORTS[$i]="$(free_port)"; NAMES[$i]="launch-fast.sh, FAST_JVM_OPTS=$f"
	start_bg "$RAW/emulator-fast-${PORTS[$i]}.log" env EMULATOR_JAR="$jar" "FAST_JVM_OPTS=$f" "$BENCH_DIR/launch-fast.sh" --server.port="${PORTS[$i]}"
	PIDS[$i]=$STARTED_PID; i=$((i + 1))
done
for ((j = 0; j < i; j++)); do wait_http "${PIDS[$j]}" "http://127.0.0.1:${PORTS[$j]}/api/v3/projects/$PROJECT/clusters"; done
sleep "$SETTLE"
echo "| launch | idle RSS | RSS after a full GC | live heap |"
echo "|---|---|---|---|"
for ((j = 0; j < i; j++)); do
	r="$(rss_kb "${PIDS[$j]}")"; h="$(heap_used_kb "${PIDS[$j]}")"
	echo "| ${NAMES[$j]} | $((r / 1024)) MB | $(($(rss_kb "${PIDS[$j]}") / 1024)) MB | $((h / 1024)) MB |"
done
for ((j = 0; j < i; j++)); do stop_pid "${PIDS[$j]}"; done
