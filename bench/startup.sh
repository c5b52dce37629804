#!/usr/bin/env bash
# Start-up: process start to the first successful migrate (PUT ... migrateto, 200), RUNS interleaved runs each of
#   * the emulator as users run it: java -jar target/cce-emulator-*.jar (default data and settings)
#   * the emulator with bench/launch-fast.sh (trained once before the runs; the training time is reported apart)
#   * WireMock: java -jar wiremock-standalone.jar with the canned migrate stub
#   * the floor (bench/floor: the same stack answering canned records) with launch-fast.sh, unless FLOOR=0: what no
#     application on this stack started this way can beat
# Writes bench/results/raw/startup.json (+ .md). Env: RUNS (7), FLOOR (1).
source "$(dirname "$0")/lib/common.sh"
RUNS="${RUNS:-7}"
jar="$(emulator_jar)"
wm="$(wiremock_jar)"
t0=$(date +%s.%N)
EMULATOR_JAR="$jar" "$BENCH_DIR/launch-fast.sh" --prepare
log "launch-fast.sh prepared in $(python3 -c "import sys; print('%.1f' % (float(sys.argv[2]) - float(sys.argv[1])))" "$t0" "$(date +%s.%N)") s (once per jar; nothing to do if it was cached)"
fast="$(EMULATOR_JAR="$jar" "$BENCH_DIR/launch-fast.sh" --print)"
floor=()
if [[ "${FLOOR:-1}" == 1 ]]; then
	fj="$(floor_jar)"
	EMULATOR_JAR="$fj" "$BENCH_DIR/launch-fast.sh" --prepare
	floor=(--variant "floor: bench/floor with launch-fast.sh::$(EMULATOR_JAR="$fj" "$BENCH_DIR/launch-fast.sh" --print) --server.port={port}")
fi
python3 "$BENCH_DIR/lib/startup.py" --runs "$RUNS" --out "$RAW/startup.json" --log "$RAW/startup.log" \
	--variant "emulator: java -jar::$JAVA -jar $jar --server.port={port}" \
	--variant "emulator: bench/launch-fast.sh::$fast --server.port={port}" \
	--variant "WireMock: java -jar::$JAVA -jar $wm --port {port} --root-dir $BENCH_DIR/wiremock $WIREMOCK_ARGS" \
	"${floor[@]}"
python3 "$BENCH_DIR/lib/report.py" startup "$RAW/startup.json" | tee "$RAW/startup.md"
