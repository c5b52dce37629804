#!/usr/bin/env bash
# Start-up of the JUnit library beside WireMock's, as a user's test sees it: from the extension's first use (an
# extension registered just before it) to the first test running, and to that test's first answer. Each run is a
# fresh test JVM (Surefire) of bench/junit-startup/; runs are interleaved:
#   cold      @CceEmulatorTest with an empty cache: extracts the emulator, runs it without a class archive, records one
#   warm      @CceEmulatorTest with the cache a previous run left: maps the archive
#   wiremock  @WireMockTest (org.wiremock:wiremock 3.13.2), its server inside the test JVM
# usage: bench/junit-startup.sh [runs]   (default 5; JAVA_HOME picks the JDK of Maven and so of the test JVMs)
# Needs the library installed: ./mvnw install -DskipTests (done here when missing).
set -euo pipefail
BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(cd "$BENCH_DIR/.." && pwd)"
RUNS="${1:-5}"
PROJECT="$BENCH_DIR/junit-startup"
MVN=("$REPO/mvnw" -q -B -f "$PROJECT/pom.xml")
repo_local="$("$REPO/mvnw" -q -B -N -f "$REPO/pom.xml" help:evaluate -Dexpression=settings.localRepository -DforceStdout)"
if [[ ! -f "$repo_local/io/cceemulator/cce-emulator-junit/0.1.0-SNAPSHOT/cce-emulator-junit-0.1.0-SNAPSHOT.jar" ]]; then
	"$REPO/mvnw" -q -B -f "$REPO/pom.xml" install -DskipTests
fi
"${MVN[@]}" test-compile
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
warm="$work/warm-cache"

run() { # variant -> prints "variant to_test_ms to_answer_ms"
	local variant="$1" cache test
	case "$variant" in
		cold) cache="$(mktemp -d "$work/cold.XXXX")"; test=EmulatorStartupTest ;;
		warm) cache="$warm"; test=EmulatorStartupTest ;;
		wiremock) cache="$work/unused"; test=WireMockStartupTest ;;
	esac
	rm -f "$PROJECT/target/startup.txt"
	XDG_CACHE_HOME="$cache" "${MVN[@]}" -o surefire:test -Dtest="$test" >"$work/last.log" 2>&1 \
		|| { cat "$work/last.log" >&2; exit 1; }
	echo "$variant $(cut -d' ' -f2- "$PROJECT/target/startup.txt")"
	[[ "$variant" == cold ]] && rm -rf "$cache"
	return 0
}

"${JAVA_HOME:+$JAVA_HOME/bin/}java" -version 2>&1 | head -1 >&2
echo "training the warm cache (one untimed run)" >&2
run warm >/dev/null
order=(cold warm wiremock)
for ((i = 0; i < RUNS; i++)); do
	for ((j = 0; j < ${#order[@]}; j++)); do
		run "${order[(i + j) % ${#order[@]}]}"
	done
done | tee "$work/results.txt" >&2
python3 - "$work/results.txt" <<'PY'
import statistics, sys
rows = {}
for line in open(sys.argv[1]):
    variant, to_test, to_answer = line.split()
    rows.setdefault(variant, []).append((int(to_test), int(to_answer)))
median = lambda values: statistics.median(values)
wm_test = median([t for t, _ in rows['wiremock']])
wm_answer = median([a for _, a in rows['wiremock']])
print('| launch | to the first test: median (min-max) | ratio to WireMock | to its first answer: median | ratio |')
print('|---|---|---|---|---|')
for variant, label in [('cold', '`@CceEmulatorTest`, cold cache'), ('warm', '`@CceEmulatorTest`, warm cache'),
                       ('wiremock', '`@WireMockTest` (server in the test JVM)')]:
    tests = [t for t, _ in rows[variant]]
    answers = [a for _, a in rows[variant]]
    print(f'| {label} | {median(tests):.0f} ms ({min(tests)}-{max(tests)}) | {median(tests) / wm_test:.2f} '
          f'| {median(answers):.0f} ms | {median(answers) / wm_answer:.2f} |')
PY
