#!/usr/bin/env bash
# Starts the emulator the fastest way measured on this project's machines (see BENCHMARKS.md, "Start-up levers"),
# Spring Boot's extracted layout, the jar's Spring AOT code (when built with it, as the pom does), plus a class
# archive made by a training run.
#   * Java 25 present (JAVA25, default /usr/lib/jvm/temurin-25-jdk-amd64): its AOT cache (JEP 483/514).
#   * otherwise (JAVA, default java 17): a dynamic AppCDS archive (-XX:ArchiveClassesAtExit).
# The first call for a given jar and JDK extracts it and trains once (a few seconds, cached under
# bench/.cache/launch/); later calls start from the cache. Everything after the options goes to the emulator.
#
# usage: bench/launch-fast.sh [--prepare] [--print] [emulator args...]
#   --prepare  only extract and train (e.g. in a CI cache step), then exit
#   --print    print the java command instead of running it
# env: EMULATOR_JAR, FAST_MODE=auto|aot|cds|none, FAST_TRAIN=requests|refresh, FAST_JVM_OPTS (default below)
set -euo pipefail
BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(cd "$BENCH_DIR/.." && pwd)"

JAVA="${JAVA:-java}"
if [[ -z "${JAVA25:-}" && -x /usr/lib/jvm/temurin-25-jdk-amd64/bin/java ]]; then
	JAVA25=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java
fi
FAST_MODE="${FAST_MODE:-auto}"
FAST_TRAIN="${FAST_TRAIN:-requests}"
# C1 only and the serial collector: on 2 cores both shorten start-up and cut memory; see BENCHMARKS.md for the
# throughput they cost. A 16 MB initial heap (it grows on demand, to a quarter of the RAM as by default) and 256 KB
# thread stacks keep an idle emulator small: the collector otherwise fills a young generation sized for the machine
# before its first collection.
FAST_JVM_OPTS="${FAST_JVM_OPTS:--XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xms16m -Xss256k}"

prepare_only=false print_only=false
while [[ $# -gt 0 ]]; do
	case "$1" in
		--prepare) prepare_only=true; shift ;;
		--print) print_only=true; shift ;;
		*) break ;;
	esac
done

jar="${EMULATOR_JAR:-$(ls -t "$REPO"/target/cce-emulator-*.jar 2>/dev/null | grep -v '\.original$' | head -1 || true)}"
[[ -f "$jar" ]] || { echo "launch-fast: no emulator jar (build it: ./mvnw package -DskipTests, or set EMULATOR_JAR)" >&2; exit 1; }

mode="$FAST_MODE"
if [[ "$mode" == auto ]]; then
	if [[ -n "${JAVA25:-}" && -x "${JAVA25:-}" ]]; then mode=aot; else mode=cds; fi
fi
java="$JAVA"
[[ "$mode" == aot ]] && java="$JAVA25"

# The cache key comes from what a warm start can read without starting a process: the jar's size, time and inode,
# the JDK's resolved path and its release file's time, and the options. Hashing the 28 MB jar, asking the JDK for
# its version and opening the jar in Python cost ~0.25 s per start; they now run only when the cache is made.
java_path="$(command -v "$java")" || { echo "launch-fast: no java at $java" >&2; exit 1; }
java_path="$(readlink -f "$java_path")"
key="$( { stat -L -c '%s %.9Y %i' "$jar"; echo "$java_path"; stat -L -c %Y "${java_path%/bin/java}/release" 2>/dev/null
	echo "$mode $FAST_TRAIN $FAST_JVM_OPTS"; } | cksum | tr -d ' ')"
dir="$BENCH_DIR/.cache/launch/$key"
app="$dir/app/$(basename "$jar")"
archive="$dir/app.$mode"
options="$dir/jvm.options"

jvm_options() {
	read -r -a jvm_opts <<<"$FAST_JVM_OPTS"
	# A jar built with Spring AOT (the pom's process-aot) starts from its build-time bean definitions.
	if python3 -c 'import sys, zipfile; sys.exit(not any(n.endswith("__ApplicationContextInitializer.class") for n in zipfile.ZipFile(sys.argv[1]).namelist()))' "$jar"; then
		jvm_opts+=(-Dspring.aot.enabled=true)
	fi
	printf '%s\n' "${jvm_opts[@]}"
}

archive_opts() {
	case "$mode" in
		aot) echo "-XX:AOTCache=$archive" ;;
		cds) echo "-XX:SharedArchiveFile=$archive -Xshare:auto" ;;
		none) ;;
	esac
}

train() {
	local out_opt
	case "$mode" in
		aot) out_opt="-XX:AOTCacheOutput=$archive.tmp" ;;
		cds) out_opt="-XX:ArchiveClassesAtExit=$archive.tmp" ;;
	esac
	local port
	port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
	if [[ "$FAST_TRAIN" == refresh ]]; then
		# Spring's documented training: stop once the context has refreshed.
		"$java" "${jvm_opts[@]}" "$out_opt" -Dspring.context.exit=onRefresh -jar "$app" --server.port="$port" \
			>"$dir/train.log" 2>&1
	else
		# Start for real and serve the main API calls once, so that the request path is in the archive too
		# (start-up is measured to the first response), then stop gracefully: the JVM writes the archive at exit.
		"$java" "${jvm_opts[@]}" "$out_opt" -jar "$app" --server.port="$port" >"$dir/train.log" 2>&1 &
		local pid=$! base="http://127.0.0.1:$port/api/v3/projects/0a1b2c3d4e5f60718293a4b5c6d7e8f9"
		local h=(-s -o /dev/null -H 'X-Auth-Token: emulator-token' -H 'Content-Type: application/json')
		local i
		for ((i = 0; i < 600; i++)); do
			[[ "$(curl -s -o /dev/null -w '%{http_code}' -H 'X-Auth-Token: emulator-token' "$base/clusters" || true)" == 200 ]] && break
			sleep 0.1
		done
		local m="$base/clusters/11111111-aaaa-4bbb-8ccc-000000000001/nodes/operation/migrateto/22222222-aaaa-4bbb-8ccc-000000000002"
		local lvm='dockerThinpool=vgpaas/90%VG;kubernetesLV=vgpaas/10%VG;diskType=ssd;lvType=linear'
		curl "${h[@]}" -X PUT "$m" -d '{"spec":{"os":"EulerOS 2.9","login":{"sshKey":"KeyPair-001"},"nodes":[{"uid":"33333333-aaaa-4bbb-8ccc-0000000000a3"}],"extendParam":{"DockerLVMConfigOverride":"'"$lvm"'"}}}' || true
		curl "${h[@]}" -X PUT "$m" -d '{"spec":{"os":"EulerOS 2.9","login":{"sshKey":"KeyPair-001"},"nodes":[{"uid":"33333333-aaaa-4bbb-8ccc-0000000000a3"}]}}' || true
		curl "${h[@]}" -X PUT "$m" -d '{"spec":{}}' || true
		curl "${h[@]}" "$base/clusters/11111111-aaaa-4bbb-8ccc-000000000001/nodes" || true
		curl "${h[@]}" "$base/clusters/11111111-aaaa-4bbb-8ccc-000000000001" || true
		curl "${h[@]}" "$base/jobs/00000000-0000-0000-0000-000000000000" || true
		curl -s -o /dev/null "$base/clusters" || true
		kill -TERM "$pid"
		wait "$pid" || true
	fi
	[[ -s "$archive.tmp" ]] || { echo "launch-fast: training wrote no archive, see $dir/train.log" >&2; return 1; }
	mv "$archive.tmp" "$archive"
}

if [[ ! -f "$app" || ! -f "$options" || ( "$mode" != none && ! -f "$archive" ) ]]; then
	# Each jar build gets its own cache (~100 MB): drop those no start has used for a week.
	find "$BENCH_DIR/.cache/launch" -mindepth 1 -maxdepth 1 -type d -mtime +7 -exec rm -rf {} + 2>/dev/null || true
	mkdir -p "$dir"
	jvm_options >"$options.tmp" && mv "$options.tmp" "$options"
	mapfile -t jvm_opts <"$options"
	if [[ ! -f "$app" ]]; then
		rm -rf "$dir/app"
		"$java" -Djarmode=tools -jar "$jar" extract --destination "$dir/app" >/dev/null
	fi
	if [[ "$mode" != none ]]; then
		echo "launch-fast: training a $mode archive for $(basename "$jar") (once)" >&2
		train
	fi
fi
touch "$dir"  # in use: see the pruning above
$prepare_only && exit 0
mapfile -t jvm_opts <"$options"

# shellcheck disable=SC2046
cmd=("$java" "${jvm_opts[@]}" $(archive_opts) -jar "$app" "$@")
if $print_only; then
	printf '%q ' "${cmd[@]}"; echo
	exit 0
fi
exec "${cmd[@]}"
