#!/usr/bin/env bash
# A 100-case test session from cold, the number a test suite feels (bench/lib/session.py has the case): start, then
# CASES cases of reset, list clusters, list the source's nodes, a migrate, its job polled to Success (instant jobs),
# show the node in the target, one refused migrate; then stop. ROUNDS interleaved rounds of:
#   * the test library's launcher (its java command line and class archive, replicated: bench/lib/paths.sh)
#   * the Docker image's command line, run on the host, with its class archive made as the image makes it
#   * plain java -jar target/cce-emulator-*.jar
#   * WireMock java -jar with canned stubs (bench/wiremock), its /__admin/reset between cases
# Writes bench/results/session.md (and raw/session.json). Env: SESSION_ROUNDS (3), CASES (100).
source "$(dirname "$0")/lib/common.sh"
source "$BENCH_DIR/lib/paths.sh"
ROUNDS="${SESSION_ROUNDS:-3}"
CASES="${CASES:-100}"
prepare_paths
instant="--emulator.jobs.instant=true"
python3 "$BENCH_DIR/lib/session.py" --rounds "$ROUNDS" --cases "$CASES" --out "$RAW/session.json" --log "$RAW/session.log" \
	--variant "emulator: test library's launcher::stdin::$LAUNCHER_CMD" \
	--variant "emulator: Docker image's command::term::$DOCKER_CMD $instant" \
	--variant "emulator: java -jar::term::$PLAIN_CMD $instant" \
	--variant "WireMock: java -jar::term::$WIREMOCK_CMD"
md="$BENCH_DIR/results/session.md"
[[ -n "${BENCH_RAW:-}" ]] && md="$RAW/session.md"  # smoke.sh's runs stay in its own directory
python3 "$BENCH_DIR/lib/report.py" session "$RAW/session.json" | tee "$md"
