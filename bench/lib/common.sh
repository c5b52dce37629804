# Shared helpers for the bench/ scripts; source it, do not run it.
# Settings (environment): EMULATOR_JAR, JAVA (default: java on PATH), JAVA25 (default: Temurin 25 if installed),
# WIREMOCK_VERSION, WIREMOCK_ARGS (extra WireMock flags, e.g. --no-request-journal; default none, as users run it),
# EMULATOR_ARGS (extra emulator arguments), BENCH_AUTH_MODE (default strict).

set -euo pipefail

BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
REPO="$(cd "$BENCH_DIR/.." && pwd)"
RAW="${BENCH_RAW:-$BENCH_DIR/results/raw}"
CACHE="$BENCH_DIR/.cache"
mkdir -p "$RAW" "$CACHE"

JAVA="${JAVA:-java}"
if [[ -z "${JAVA25:-}" && -x /usr/lib/jvm/temurin-25-jdk-amd64/bin/java ]]; then
	JAVA25=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java
fi
JAVA25="${JAVA25:-}"
WIREMOCK_VERSION="${WIREMOCK_VERSION:-3.13.2}"
WIREMOCK_ARGS="${WIREMOCK_ARGS:-}"
EMULATOR_ARGS="${EMULATOR_ARGS:-}"
BENCH_AUTH_MODE="${BENCH_AUTH_MODE:-strict}"

PROJECT=0a1b2c3d4e5f60718293a4b5c6d7e8f9
TOKEN=emulator-token
SOURCE_ID=b0000000-0000-4000-8000-000000000001
TARGET_ID=b0000000-0000-4000-8000-000000000002
LIST_ID=b0000000-0000-4000-8000-000000000003
# The refused migrate: node-a01 (evs) from std-a-v123 to std-b-v128 asking for ssd, refused by ONE_DISK_TYPE, the
# last rule in the order, after every other rule passed.
REFUSE_SRC=11111111-aaaa-4bbb-8ccc-000000000001
REFUSE_DST=22222222-aaaa-4bbb-8ccc-000000000002
REFUSE_NODE=33333333-aaaa-4bbb-8ccc-000000000003

log() { printf '[bench %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

emulator_jar() {
	if [[ -n "${EMULATOR_JAR:-}" ]]; then
		[[ -f "$EMULATOR_JAR" ]] || die "EMULATOR_JAR=$EMULATOR_JAR does not exist"
		echo "$EMULATOR_JAR"; return
	fi
	local jar
	jar="$(ls -t "$REPO"/target/cce-emulator-*.jar 2>/dev/null | grep -v -e '\.original$' -e 'sources' | head -1 || true)"
	if [[ -z "$jar" ]]; then
		log "no emulator jar in target/: building it (./mvnw package -DskipTests)"
		(cd "$REPO" && ./mvnw -B -q package -DskipTests) >&2
		jar="$(ls -t "$REPO"/target/cce-emulator-*.jar | grep -v -e '\.original$' | head -1)"
	fi
	echo "$jar"
}

wiremock_jar() {
	local jar="$CACHE/wiremock-standalone-$WIREMOCK_VERSION.jar"
	if [[ ! -f "$jar" ]]; then
		log "fetching org.wiremock:wiremock-standalone:$WIREMOCK_VERSION from Maven Central"
		local mvn=mvn
		command -v mvn >/dev/null || mvn="$REPO/mvnw"
		(cd "$CACHE" && "$mvn" -B -q dependency:copy -Dartifact="org.wiremock:wiremock-standalone:$WIREMOCK_VERSION" \
			-DoutputDirectory="$CACHE") >&2
	fi
	echo "$jar"
}

need() { command -v "$1" >/dev/null || die "$1 is not installed (Debian: apt-get install -y $2)"; }

free_port() {
	python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

# Background processes started here; stopped on exit.
BENCH_PIDS=()
cleanup_pids() {
	local p
	for p in "${BENCH_PIDS[@]:-}"; do
		[[ -n "$p" ]] && kill "$p" 2>/dev/null || true
	done
	for p in "${BENCH_PIDS[@]:-}"; do
		[[ -n "$p" ]] && wait "$p" 2>/dev/null || true
	done
}
trap cleanup_pids EXIT

# start_bg LOG CMD... : starts CMD in the background, sets STARTED_PID.
start_bg() {
	local logf="$1"; shift
	"$@" >"$logf" 2>&1 &
	STARTED_PID=$!
	BENCH_PIDS+=("$STARTED_PID")
}

stop_pid() {
	local pid="$1"
	kill "$pid" 2>/dev/null || true
	wait "$pid" 2>/dev/null || true
}

# start_emulator PORT DATAFILE [more app args]: plain `java -jar`, instant jobs, the real token check.
start_emulator() {
	local port="$1" data="$2"; shift 2
	local jar; jar="$(emulator_jar)"
	local args=(--server.port="$port" --emulator.jobs.instant=true --emulator.auth.mode="$BENCH_AUTH_MODE")
	[[ -n "$data" ]] && args+=(--emulator.data.location="$data")
	# shellcheck disable=SC2086
	start_bg "$RAW/emulator-$port.log" "$JAVA" ${EMULATOR_JVM_OPTS:-} -jar "$jar" "${args[@]}" "$@" $EMULATOR_ARGS
}

start_wiremock() {
	local port="$1"
	local jar; jar="$(wiremock_jar)"
	# shellcheck disable=SC2086
	start_bg "$RAW/wiremock-$port.log" "$JAVA" -jar "$jar" --port "$port" --root-dir "$BENCH_DIR/wiremock" \
		$WIREMOCK_ARGS
}

# The floor (bench/floor): the emulator's stack, Spring MVC on Tomcat with Jackson, answering canned records. Built
# with the repository's Maven wrapper when missing or older than its sources.
floor_jar() {
	local jar="$BENCH_DIR/floor/target/floor-1.jar"
	if [[ ! -f "$jar" || -n "$(find "$BENCH_DIR/floor/src" "$BENCH_DIR/floor/pom.xml" -newer "$jar" -print -quit)" ]]; then
		log "building the floor app (bench/floor)"
		"$REPO/mvnw" -B -q -f "$BENCH_DIR/floor/pom.xml" package -DskipTests >&2
	fi
	echo "$jar"
}

start_floor() {
	local port="$1" jar
	jar="$(floor_jar)"
	start_bg "$RAW/floor-$port.log" "$JAVA" -jar "$jar" --server.port="$port"
}

# wait_http PID URL [timeout s]: until GET URL (with the token) answers 200.
wait_http() {
	local pid="$1" url="$2" timeout="${3:-180}" i=0
	while ((i < timeout * 10)); do
		kill -0 "$pid" 2>/dev/null || die "process $pid died while starting (see $RAW/*.log)"
		if [[ "$(curl -s -o /dev/null -w '%{http_code}' -H "X-Auth-Token: $TOKEN" "$url" || true)" == 200 ]]; then
			return 0
		fi
		sleep 0.1; i=$((i + 1))
	done
	die "$url did not answer 200 within ${timeout}s"
}

# The JDK tools of the java that runs PID (jcmd of another release may not attach).
jdk_tool() {
	local pid="$1" tool="$2" exe
	exe="$(readlink -f "/proc/$pid/exe")"
	echo "$(dirname "$exe")/$tool"
}

rss_kb() { awk '/^VmRSS:/ {print $2}' "/proc/$1/status"; }

# CPU time (user + system, all threads) the process has used so far, in ms. Per-request CPU is far less sensitive to
# a noisy machine than requests/s.
cpu_ms() {
	python3 -c 'import os,sys; f=open("/proc/%s/stat" % sys.argv[1]).read().rsplit(")", 1)[1].split(); print(int((int(f[11]) + int(f[12])) * 1000 / os.sysconf("SC_CLK_TCK")))' "$1"
}

# Heap in use (KB) after a full GC: the live data.
heap_used_kb() {
	local pid="$1"
	"$(jdk_tool "$pid" jcmd)" "$pid" GC.run >/dev/null
	sleep 1
	"$(jdk_tool "$pid" jstat)" -gc "$pid" | awk 'NR==1 {for (i=1;i<=NF;i++) h[$i]=i} NR==2 {printf "%d\n", $h["S0U"]+$h["S1U"]+$h["EU"]+$h["OU"]}'
}

migrate_url() { echo "http://127.0.0.1:$1/api/v3/projects/$PROJECT/clusters/$2/nodes/operation/migrateto/$3"; }

# wrk_run LABEL SCRIPT URL THREADS CONNS DURATION [script args]: prints the script's JSON result line, with label.
wrk_run() {
	local label="$1" script="$2" url="$3" t="$4" c="$5" d="$6"; shift 6
	local out
	out="$(wrk -t"$t" -c"$c" -d"$d" --latency --timeout 10s -s "$BENCH_DIR/wrk/$script" "$url" -- "$@" 2>&1)" || {
		echo "$out" >&2; die "wrk failed: $label"; }
	echo "$out" >>"$RAW/wrk.log"
	local json
	json="$(grep '^BENCH_JSON ' <<<"$out" | sed 's/^BENCH_JSON //')"
	[[ -n "$json" ]] || { echo "$out" >&2; die "wrk printed no result: $label"; }
	python3 -c 'import json,sys; d=json.loads(sys.argv[1]); d["label"]=sys.argv[2]; print(json.dumps(d))' "$json" "$label"
}

machine_json() {
	python3 - "$JAVA" "$JAVA25" <<'PY'
import json, os, platform, subprocess, sys, datetime
def run(*a):
    try:
        r = subprocess.run(a, capture_output=True, text=True)
        return r.stdout + r.stderr
    except Exception:
        return ""
cpu = ""
for line in open("/proc/cpuinfo"):
    if line.startswith("model name"):
        cpu = line.split(":", 1)[1].strip(); break
mem = open("/proc/meminfo").readline().split()[1]
def jv(j):
    if not j: return ""
    out = run(j, "-version").splitlines()
    return " / ".join(l.strip() for l in out[:2])
print(json.dumps({
    "date": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
    "nproc": os.cpu_count(), "cpu": cpu, "mem_gib": round(int(mem) / 1048576, 1),
    "kernel": platform.release(), "java": jv(sys.argv[1]), "java25": jv(sys.argv[2]),
    "wrk": (run("wrk", "--version").splitlines() or [""])[0],
    "load": open("/proc/loadavg").read().split()[:3],
}))
PY
}

# Auto-configurations the emulator does not use (no @Async, @Scheduled, aspects, uploads or SSL bundles), safe to
# exclude; see the condition report (--debug). (ApplicationAvailabilityAutoConfiguration is not: the health probes
# read it.)
EXCLUDABLE_AUTOCONFIG=(
	org.springframework.boot.autoconfigure.aop.AopAutoConfiguration
	org.springframework.boot.autoconfigure.ssl.SslAutoConfiguration
	org.springframework.boot.autoconfigure.task.TaskExecutionAutoConfiguration
	org.springframework.boot.autoconfigure.task.TaskSchedulingAutoConfiguration
	org.springframework.boot.servlet.autoconfigure.MultipartAutoConfiguration
)

# Installs wrk with apt-get when it is missing and we are root (CI machines are Debian, run as root).
ensure_wrk() {
	command -v wrk >/dev/null && return 0
	if [[ "$(id -u)" == 0 ]] && command -v apt-get >/dev/null; then
		log "installing wrk (apt-get)"
		apt-get install -y -qq wrk >/dev/null 2>&1 || { apt-get update -qq >/dev/null 2>&1; apt-get install -y -qq wrk >/dev/null; }
	fi
	need wrk wrk
}
