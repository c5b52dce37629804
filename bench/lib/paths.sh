# The launch paths users take, as java command lines; source it after common.sh. Each prepare_* makes what the path
# needs once per jar (in bench/.cache/paths/<jar key>/) and sets a variable with the command, up to the emulator's
# arguments; {port} and {portfile} are filled in by the Python drivers.
#   LAUNCHER_CMD  the test library's launcher (junit/.../LaunchCache + EmulatorProcess), replicated exactly: the jar
#                 extracted by Spring Boot's tools as app/cce-emulator.jar, its JVM options, the dynamic CDS archive
#                 its first run records at exit (-XX:ArchiveClassesAtExit, trained here by one untimed session),
#                 and its settings (server.port=0, spring.config.location=classpath:/, the port file, exit with the
#                 parent's pipe). Stopped by closing its standard input, as the launcher does.
#   DOCKER_CMD    the image's command line (Dockerfile + docker/entrypoint.sh) run on the host: the jar's layers
#                 extracted into one directory as the image's /app, the class archive made as the image's build makes
#                 it (a training start that exits once the context has refreshed, run in that directory), and
#                 JAVA_OPTS as the image sets it.
#   PLAIN_CMD     java -jar target/cce-emulator-*.jar
#   WIREMOCK_CMD  java -jar wiremock-standalone.jar with bench/wiremock's canned stubs

# The launcher's JVM options (LaunchCache.JVM_OPTIONS) and its archive options (ArchiveKind.CDS).
LAUNCHER_JVM_OPTS="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xms16m -Xss256k -Dspring.aot.enabled=true"
# The image's JAVA_OPTS, read from the Dockerfile, with this directory for /app.
docker_java_opts() {
	local opts
	opts="$(sed -n 's/^ *JAVA_OPTS="\([^"]*\)".*/\1/p' "$REPO/Dockerfile")"
	[[ -n "$opts" ]] || die "no JAVA_OPTS=\"...\" line in the Dockerfile"
	echo "${opts//\/app\//$1/}"
}

paths_home() {
	local jar key
	jar="$(emulator_jar)"
	key="$( { stat -L -c '%s %.9Y %i' "$jar"; readlink -f "$(command -v "$JAVA")"; } | cksum | tr -d ' ')"
	echo "$CACHE/paths/$key"
}

prepare_launcher() {
	local jar home app
	jar="$(emulator_jar)"; home="$(paths_home)/launcher"; app="$home/app"
	if [[ ! -f "$app/cce-emulator.jar" ]]; then
		log "launcher path: extracting the jar (EmbeddedJar.extract)"
		rm -rf "$home"; mkdir -p "$home"
		cp "$jar" "$home/cce-emulator.jar"
		"$JAVA" -Djarmode=tools -jar "$home/cce-emulator.jar" extract --destination "$app" >/dev/null
		rm "$home/cce-emulator.jar"
	fi
	local args="--server.port=0 --spring.config.location=classpath:/ --emulator.jobs.instant=true --emulator.launch.port-file={portfile} --emulator.launch.exit-with-parent=true"
	if [[ ! -s "$home/archive.jsa" ]]; then
		log "launcher path: training its class archive (one untimed session, as the first test run records it)"
		python3 "$BENCH_DIR/lib/session.py" --rounds 1 --cases "${TRAIN_CASES:-100}" --out "$RAW/launcher-training.json" \
			--log "$RAW/launcher-training.log" \
			--variant "train::stdin::$JAVA $LAUNCHER_JVM_OPTS -XX:ArchiveClassesAtExit=$home/archive.jsa -Xlog:cds=off -jar $app/cce-emulator.jar $args"
		[[ -s "$home/archive.jsa" ]] || die "the launcher's training wrote no archive (see $RAW/launcher-training.log)"
	fi
	LAUNCHER_CMD="$JAVA $LAUNCHER_JVM_OPTS -XX:SharedArchiveFile=$home/archive.jsa -Xshare:auto -Xlog:cds=off -jar $app/cce-emulator.jar $args"
}

prepare_docker() {
	local jar home app
	jar="$(emulator_jar)"; home="$(paths_home)/docker"; app="$home/app"
	if [[ ! -s "$app/application.jsa" ]]; then
		log "docker path: extracting the layers and making the class archive as the image build does"
		rm -rf "$home"; mkdir -p "$home/layers" "$app"
		cp "$jar" "$home/layers/application.jar"
		(cd "$home/layers" && "$JAVA" -Djarmode=tools -jar application.jar extract --layers --destination extracted >/dev/null)
		local layer
		for layer in dependencies spring-boot-loader snapshot-dependencies application; do
			[[ -d "$home/layers/extracted/$layer" ]] && cp -a "$home/layers/extracted/$layer/." "$app/"
		done
		rm -rf "$home/layers"
		(cd "$app" && "$JAVA" -XX:ArchiveClassesAtExit=application.jsa -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xss256k \
			-Dspring.context.exit=onRefresh -Dspring.aot.enabled=true \
			-jar application.jar --server.port=0 --logging.level.root=warn) >"$RAW/docker-training.log" 2>&1 || true
		[[ -s "$app/application.jsa" ]] || die "the docker path's training wrote no archive (see $RAW/docker-training.log)"
	fi
	# In the image the working directory is /app (WORKDIR), which the archive needs: it records the jar as the
	# training start named it, application.jar, and a start from elsewhere does not map it (-Xlog:cds says so).
	DOCKER_CMD="env -C $app $JAVA $(docker_java_opts "$app") -jar $app/application.jar --emulator.persistence.enabled=false --server.port={port}"
}

prepare_plain() { PLAIN_CMD="$JAVA -jar $(emulator_jar) --server.port={port}"; }

prepare_wiremock() { WIREMOCK_CMD="$JAVA -jar $(wiremock_jar) --port {port} --root-dir $BENCH_DIR/wiremock $WIREMOCK_ARGS"; }

prepare_paths() { prepare_launcher; prepare_docker; prepare_plain; prepare_wiremock; }
