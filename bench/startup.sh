#!/usr/bin/env bash
# Start-up: process start to the first successful migrate (PUT ... migrateto, 200), RUNS interleaved runs each of
#   * the test library's launcher, the Docker image's command line (on the host, its class archive made as the image
#     makes it) and plain java -jar: the paths users take (bench/lib/paths.sh)
#   * java -Dspring.aot.enabled=false -jar: the jar without its Spring AOT code (what java -jar did before it turned
#     AOT on by itself)
#   * bench/launch-fast.sh (extracted jar + Java 25 AOT cache, else AppCDS; trained once before the runs)
#   * WireMock: java -jar wiremock-standalone.jar with the canned stubs
#   * with FLOOR=1, the floor (bench/floor: the same stack answering canned records) with launch-fast.sh
# Then, with RUN_CMD=1 (default), the README's ./mvnw spring-boot:run on a fresh clone of this repository (offline
# Maven: the first answer includes compiling), once, beside one more WireMock start.
# Writes bench/results/raw/startup.json (+ .md) and startup-run.json. Env: RUNS (5), FLOOR (0), RUN_CMD (1).
source "$(dirname "$0")/lib/common.sh"
source "$BENCH_DIR/lib/paths.sh"
RUNS="${RUNS:-5}"
jar="$(emulator_jar)"
prepare_paths
EMULATOR_JAR="$jar" "$BENCH_DIR/launch-fast.sh" --prepare
fast="$(EMULATOR_JAR="$jar" "$BENCH_DIR/launch-fast.sh" --print)"
floor=()
if [[ "${FLOOR:-0}" == 1 ]]; then
	fj="$(floor_jar)"
	EMULATOR_JAR="$fj" "$BENCH_DIR/launch-fast.sh" --prepare
	floor=(--variant "floor: bench/floor with launch-fast.sh::$(EMULATOR_JAR="$fj" "$BENCH_DIR/launch-fast.sh" --print) --server.port={port}")
fi
launcher="${LAUNCHER_CMD//--server.port=0/--server.port=\{port\}}"
launcher="${launcher//\{portfile\}/$RAW/startup-launcher.port}"
python3 "$BENCH_DIR/lib/startup.py" --runs "$RUNS" --out "$RAW/startup.json" --log "$RAW/startup.log" \
	--variant "emulator: test library's launcher::$launcher" \
	--variant "emulator: Docker image's command::$DOCKER_CMD" \
	--variant "emulator: java -jar::$PLAIN_CMD" \
	--variant "emulator: java -Dspring.aot.enabled=false -jar::$JAVA -Dspring.aot.enabled=false -jar $jar --server.port={port}" \
	--variant "emulator: bench/launch-fast.sh::$fast --server.port={port}" \
	--variant "WireMock: java -jar::$WIREMOCK_CMD" \
	"${floor[@]}"
python3 "$BENCH_DIR/lib/report.py" startup "$RAW/startup.json" | tee "$RAW/startup.md"

if [[ "${RUN_CMD:-1}" == 1 ]]; then
	clone="$(mktemp -d)/cce-emulator"
	git clone -q "$REPO" "$clone"
	python3 "$BENCH_DIR/lib/startup.py" --runs 1 --timeout 600 --out "$RAW/startup-run.json" --log "$RAW/startup-run.log" \
		--variant "emulator: ./mvnw spring-boot:run on a fresh clone::env -C $clone ./mvnw -o -q spring-boot:run -Dspring-boot.run.arguments=--server.port={port}" \
		--variant "WireMock: java -jar::$WIREMOCK_CMD"
	python3 "$BENCH_DIR/lib/report.py" startup "$RAW/startup-run.json" | tee "$RAW/startup-run.md"
	rm -rf "$(dirname "$clone")"
fi
