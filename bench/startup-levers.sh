#!/usr/bin/env bash
# Start-up levers that need no change to the jar, each measured to the first successful migrate, interleaved:
# JVM flags, lazy initialization, excluded auto-configurations, the extracted layout, AppCDS (Java 17) and the AOT
# cache (Java 25), trained on refresh or on real requests. Writes bench/results/raw/startup-levers.{json,md}.
# Lazy initialization is measured alone: it fails (401) with this emulator, see BENCHMARKS.md.
# usage: bench/startup-levers.sh [RUNS]   (default 5)
source "$(dirname "$0")/lib/common.sh"
RUNS="${1:-5}"
jar="$(emulator_jar)"
wm="$(wiremock_jar)"
APP="--server.port={port}"
LAZY="--spring.main.lazy-initialization=true"
EXCLUDE="--spring.autoconfigure.exclude=$(IFS=,; echo "${EXCLUDABLE_AUTOCONFIG[*]}")"

fast() { # fast ENV... : prepares and prints a launch-fast command
	env "$@" EMULATOR_JAR="$jar" "$BENCH_DIR/launch-fast.sh" --prepare >&2
	env "$@" EMULATOR_JAR="$jar" "$BENCH_DIR/launch-fast.sh" --print
}
C1S="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC"
v=()
v+=("j17 java -jar (baseline)::$JAVA -jar $jar $APP")
v+=("j17 -XX:TieredStopAtLevel=1::$JAVA -XX:TieredStopAtLevel=1 -jar $jar $APP")
v+=("j17 -XX:+UseSerialGC::$JAVA -XX:+UseSerialGC -jar $jar $APP")
v+=("j17 lazy-initialization::$JAVA -jar $jar $APP $LAZY")
v+=("j17 exclude 5 auto-configs::$JAVA -jar $jar $APP $EXCLUDE")
v+=("j17 extracted::$(fast FAST_MODE=none FAST_JVM_OPTS=) $APP")
v+=("j17 extracted+CDS (train onRefresh)::$(fast FAST_MODE=cds FAST_TRAIN=refresh FAST_JVM_OPTS=) $APP")
v+=("j17 extracted+CDS (train requests)::$(fast FAST_MODE=cds FAST_TRAIN=requests FAST_JVM_OPTS=) $APP")
v+=("j17 CDS+C1+SerialGC::$(fast FAST_MODE=cds FAST_TRAIN=requests "FAST_JVM_OPTS=$C1S") $APP")
v+=("j17 CDS+C1+SerialGC+exclude::$(fast FAST_MODE=cds FAST_TRAIN=requests "FAST_JVM_OPTS=$C1S") $APP $EXCLUDE")
if [[ -n "$JAVA25" ]]; then
	v+=("j25 java -jar::$JAVA25 -jar $jar $APP")
	v+=("j25 extracted+AOT cache (train onRefresh)::$(fast FAST_MODE=aot FAST_TRAIN=refresh FAST_JVM_OPTS=) $APP")
	v+=("j25 extracted+AOT cache (train requests)::$(fast FAST_MODE=aot FAST_TRAIN=requests FAST_JVM_OPTS=) $APP")
	v+=("j25 AOT+C1+SerialGC::$(fast FAST_MODE=aot FAST_TRAIN=requests "FAST_JVM_OPTS=$C1S") $APP")
	v+=("j25 AOT+C1+SerialGC+exclude::$(fast FAST_MODE=aot FAST_TRAIN=requests "FAST_JVM_OPTS=$C1S") $APP $EXCLUDE")
fi
v+=("WireMock java -jar::$JAVA -jar $wm --port {port} --root-dir $BENCH_DIR/wiremock $WIREMOCK_ARGS")

args=()
for x in "${v[@]}"; do args+=(--variant "$x"); done
python3 "$BENCH_DIR/lib/startup.py" --runs "$RUNS" --timeout 90 --out "$RAW/startup-levers.json" --log "$RAW/startup-levers.log" "${args[@]}"
python3 "$BENCH_DIR/lib/report.py" levers "$RAW/startup-levers.json" | tee "$RAW/startup-levers.md"
