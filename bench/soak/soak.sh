#!/usr/bin/env bash
# Soak: the packaged emulator under a mixed load (migrations, job polls, listings, refusals) for 5 minutes, with its
# resident memory each minute and the invariants at the end; writes bench/results/soak-<date>.md.
#   bench/soak/soak.sh            5 minutes, samples each minute, the dated results file
#   bench/soak/soak.sh --short    30 seconds, samples every 10 s, results in bench/results/raw/ (for CI)
# The jar is built in a copy of the tree (SOAK_SRC, default /tmp/soak-src), so a build here never clashes with one in
# the work tree; JAR=path skips the build. RATE (operations/s, default 300) and THREADS (default 8) shape the load.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
SECONDS_TOTAL=300 SAMPLE=60 OUT="$ROOT/bench/results/soak-$(date -u +%Y-%m-%d).md"
if [[ "${1:-}" == "--short" ]]; then
	SECONDS_TOTAL=30 SAMPLE=10 OUT="$ROOT/bench/results/raw/soak-short.md"
fi
mkdir -p "$(dirname "$OUT")"
if [[ -z "${JAR:-}" ]]; then
	SRC="${SOAK_SRC:-/tmp/soak-src}"
	rm -rf "$SRC" && mkdir -p "$SRC"
	tar -C "$ROOT" --exclude=./target --exclude=./.git --exclude=./bench/results -cf - . | tar -C "$SRC" -xf -
	(cd "$SRC" && ./mvnw -B -q package -DskipTests)
	JAR="$(ls "$SRC"/target/cce-emulator-*.jar | grep -v -- -lib.jar | head -1)"
fi
PORT="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')"
LOG="$(mktemp)"
java ${JAVA_OPTS:-} -jar "$JAR" --server.port="$PORT" >"$LOG" 2>&1 &
PID=$!
trap 'kill "$PID" 2>/dev/null || true; wait "$PID" 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
	curl -sf "http://127.0.0.1:$PORT/actuator/health" >/dev/null 2>&1 && break
	kill -0 "$PID" 2>/dev/null || { cat "$LOG"; exit 1; }
	sleep 0.5
done
STATUS=0
{
	echo "# Soak run, $(date -u '+%Y-%m-%d %H:%M UTC')"
	echo
	echo "\`bench/soak/soak.sh${1:+ $1}\` on $(nproc) cores, $(java -version 2>&1 | head -1), JAVA_OPTS='${JAVA_OPTS:-}'," \
		"emulator at its defaults (jobs 1 s + 3 s, real clock, journal of 1000)."
	echo
	python3 "$ROOT/bench/soak/soak.py" --port "$PORT" --pid "$PID" --seconds "$SECONDS_TOTAL" --sample "$SAMPLE" \
		--rate "${RATE:-300}" --threads "${THREADS:-8}" || STATUS=$?
	echo
	echo "Server log: $(grep -c ' ERROR ' "$LOG" || true) ERROR lines, $(grep -c ' WARN ' "$LOG" || true) WARN lines."
} >"$OUT"
cat "$OUT"
exit "$STATUS"
