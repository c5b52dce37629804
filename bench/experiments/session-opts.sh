#!/usr/bin/env bash
# The 100-case test session (bench/lib/session.py) through the Docker image's command line with other JVM options,
# interleaved with the launcher and WireMock: what each option of the image's JAVA_OPTS buys.
# usage: bench/experiments/session-opts.sh 'NAME=JAVA_OPTS' [...]   ({app} stands for the image's /app)
# e.g.   bench/experiments/session-opts.sh \
#          'C2, G1=-XX:MaxRAMPercentage=75.0 -Dspring.aot.enabled=true -XX:SharedArchiveFile={app}/application.jsa -Xshare:auto'
# The Dockerfile's own JAVA_OPTS is always measured too. Env: SESSION_ROUNDS (3), CASES (100).
source "$(dirname "$0")/../lib/common.sh"
source "$BENCH_DIR/lib/paths.sh"
prepare_docker; prepare_launcher; prepare_wiremock
app="$(paths_home)/docker/app"
instant="--emulator.jobs.instant=true"
tail="-jar $app/application.jar --emulator.persistence.enabled=false --server.port={port} $instant"
variants=(--variant "Docker, the Dockerfile's JAVA_OPTS::term::$DOCKER_CMD $instant")
for a in "$@"; do
	name="${a%%=*}" opts="${a#*=}"
	variants+=(--variant "Docker, $name::term::env -C $app $JAVA ${opts//\{app\}/$app} $tail")
done
python3 "$BENCH_DIR/lib/session.py" --rounds "${SESSION_ROUNDS:-3}" --cases "${CASES:-100}" \
	--out "$RAW/session-opts.json" --log "$RAW/session-opts.log" "${variants[@]}" \
	--variant "test library's launcher::stdin::$LAUNCHER_CMD" \
	--variant "WireMock: java -jar::term::$WIREMOCK_CMD"
python3 "$BENCH_DIR/lib/report.py" session "$RAW/session-opts.json" | tee "$RAW/session-opts.md"
