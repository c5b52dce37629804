#!/usr/bin/env bash
# Build the cce-emulator image from ./Dockerfile and smoke-test it, with no Docker engine.
#
# Usage, from anywhere in the repository (CI builds the jar first):
#   ./mvnw -B package -DskipTests && docker/smoke.sh [path/to/cce-emulator.jar]
# Without an argument the jar is target/cce-emulator-*.jar; if there is none, the script runs
# ./mvnw -B -q package -DskipTests itself.
#
# buildah (daemonless, --isolation chroot) builds the image on a Java base that
# docker/base-image.sh assembles locally, then runs the image's own ENTRYPOINT/CMD on the host
# network, on a random free port, with a host directory mounted as /state. Checks:
#   base-image   the local base image exists or can be built
#   build        buildah bud of the Dockerfile
#   volume       /state is writable by the image's (non-root) user
#   cds          the image's java accepts its class data archive (-Xshare:on fails the start otherwise)
#   health       GET /actuator/health answers status UP, from a start with Spring AOT's build-time beans
#   healthcheck  the image's own HEALTHCHECK command passes
#   api          a CCE node migration end to end over HTTP           (SMOKE_SKIP_API=1 skips)
#   restart      graceful stop + start; the migrated node is still there, with
#                EMULATOR_PERSISTENCE_ENABLED=true                    (skipped unless SMOKE_SKIP_RESTART=0)
#   sigterm      SIGTERM to the JVM: exits within 10 s with 0 or 143, log shows graceful shutdown
# Each check prints a PASS/FAIL/SKIP line; the last line is "smoke: N passed, N failed, N skipped".
# Exit status 1 if any check failed.
#
# Environment: SMOKE_SKIP_API (0), SMOKE_SKIP_RESTART (0), SMOKE_IMAGE (localhost/cce-emulator:ci),
#   SMOKE_BASE_IMAGE (default: built by docker/base-image.sh), SMOKE_HEALTH_TIMEOUT (180 s),
#   SMOKE_JOB_TIMEOUT (60 s), SMOKE_STOP_TIMEOUT (10 s), SMOKE_EXTRA_ENV ("K=V K2=V2" passed to
#   the container), SMOKE_KEEP=1 (keep the work directory with logs even on success).
set -euo pipefail

SKIP_API="${SMOKE_SKIP_API:-0}"
SKIP_RESTART="${SMOKE_SKIP_RESTART:-0}"
IMAGE="${SMOKE_IMAGE:-localhost/cce-emulator:ci}"
HEALTH_TIMEOUT="${SMOKE_HEALTH_TIMEOUT:-180}"
JOB_TIMEOUT="${SMOKE_JOB_TIMEOUT:-60}"
STOP_TIMEOUT="${SMOKE_STOP_TIMEOUT:-10}"

TOKEN="emulator-token"
PROJECT="0a1b2c3d4e5f60718293a4b5c6d7e8f9"
SRC_CLUSTER="11111111-aaaa-4bbb-8ccc-000000000001"
DST_CLUSTER="22222222-aaaa-4bbb-8ccc-000000000002"
NODE_UID="33333333-aaaa-4bbb-8ccc-000000000003"
HEALTH_PATH="/actuator/health"

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
WORK=""
CTR=""
APP_PID=""
APP_LOG=""
APP_RUNS=0
PORT=""
API_DONE=0
PASSED=0 FAILED=0 SKIPPED=0
declare -a APP_CMD=() HC_CMD=() RUN_ENV=()

say() { echo "[smoke] $*"; }

result() {  # STATUS NAME DETAIL...
  local status="$1" name="$2"; shift 2
  printf '%-4s %-12s %s\n' "$status" "$name" "$*"
  case "$status" in
    PASS) PASSED=$((PASSED + 1)) ;;
    FAIL) FAILED=$((FAILED + 1)) ;;
    SKIP) SKIPPED=$((SKIPPED + 1)) ;;
  esac
}

summary() { echo "smoke: $PASSED passed, $FAILED failed, $SKIPPED skipped"; }

show_log() {  # FILE [LINES]
  [ -s "$1" ] || return 0
  echo "----- last ${2:-40} lines of $1 -----"
  tail -n "${2:-40}" "$1"
  echo "-----"
}

# ---------------------------------------------------------------- processes ------
descendants() {  # PID -> all descendant pids, children first
  ps -e -o pid=,ppid= | awk -v root="$1" '
    { parent[$1] = $2; pids[++n] = $1 }
    END {
      for (i = 1; i <= n; i++) {
        p = pids[i]; q = parent[p]
        while (q != "" && q != 0 && q != 1) { if (q == root) { print p; break } q = parent[q] }
      }
    }'
}

java_pid() {  # the JVM started by the current `buildah run`
  local p
  [ -n "$APP_PID" ] || return 0
  for p in $(descendants "$APP_PID"); do
    if [ "$(cat "/proc/$p/comm" 2>/dev/null)" = java ]; then echo "$p"; return 0; fi
  done
}

app_alive() { [ -n "$APP_PID" ] && kill -0 "$APP_PID" 2>/dev/null; }

kill_app() {  # hard stop of everything this script started under APP_PID
  local pids p
  app_alive || { APP_PID=""; return 0; }
  pids="$(descendants "$APP_PID") $APP_PID"
  for p in $pids; do kill -TERM "$p" 2>/dev/null || true; done
  for _ in $(seq 50); do app_alive || break; sleep 0.1; done
  for p in $pids; do kill -KILL "$p" 2>/dev/null || true; done
  wait "$APP_PID" 2>/dev/null || true
  APP_PID=""
}

cleanup() {
  local rc=$?
  set +e
  kill_app
  [ -z "$CTR" ] || buildah rm "$CTR" >/dev/null 2>&1
  if [ -n "$WORK" ]; then
    if [ "$FAILED" -gt 0 ] || [ "$rc" -ne 0 ] || [ "${SMOKE_KEEP:-0}" = 1 ]; then
      say "logs kept in $WORK"
    else
      rm -rf "$WORK"
    fi
  fi
  exit "$rc"
}

# ---------------------------------------------------------------- helpers --------
ensure_tools() {
  local missing=()
  command -v curl >/dev/null 2>&1 || missing+=(curl)
  command -v python3 >/dev/null 2>&1 || missing+=(python3)
  command -v ps >/dev/null 2>&1 || missing+=(procps)
  command -v buildah >/dev/null 2>&1 || missing+=(buildah)
  if [ "${#missing[@]}" -gt 0 ]; then
    say "installing ${missing[*]} with apt-get"
    export DEBIAN_FRONTEND=noninteractive
    if ! { apt-get update -qq && apt-get install -y -qq "${missing[@]}"; } \
        >/tmp/cce-apt-install.log 2>&1; then
      tail -n 20 /tmp/cce-apt-install.log >&2
      say "apt-get install ${missing[*]} failed"; exit 1
    fi
  fi
}

free_port() {
  python3 - <<'EOF'
import random, socket
for _ in range(500):
    port = random.randint(18000, 18999)
    with socket.socket() as s:
        try:
            s.bind(("0.0.0.0", port))
        except OSError:
            continue
    print(port)
    break
EOF
}

# HTTP METHOD PATH [JSON_BODY]: sets HTTP_CODE; the body lands in $WORK/resp.json
HTTP_CODE=""
http() {
  local method="$1" path="$2" body="${3:-}"
  local args=(-sS --max-time 10 -o "$WORK/resp.json" -w '%{http_code}' -X "$method"
              -H "X-Auth-Token: $TOKEN" -H 'Accept: application/json')
  [ -z "$body" ] || args+=(-H 'Content-Type: application/json' --data "$body")
  HTTP_CODE="$(curl "${args[@]}" "http://127.0.0.1:${PORT}${path}" 2>>"$WORK/curl.log")" || HTTP_CODE="${HTTP_CODE:-000}"
  echo "$method $path -> $HTTP_CODE $(head -c 300 "$WORK/resp.json" 2>/dev/null | tr -d '\n')" >>"$WORK/http.log"
}

jget() {  # DOTTED.PATH of $WORK/resp.json ("" if absent)
  python3 - "$WORK/resp.json" "$1" <<'EOF'
import json, sys
try:
    v = json.load(open(sys.argv[1]))
    for k in sys.argv[2].split("."):
        v = v[int(k)] if isinstance(v, list) else v[k]
    print(v if not isinstance(v, (dict, list)) else json.dumps(v))
except Exception:
    print("")
EOF
}

item_uids() {  # items[].metadata.uid of $WORK/resp.json, one a line
  python3 - "$WORK/resp.json" <<'EOF'
import json, sys
try:
    for item in json.load(open(sys.argv[1])).get("items") or []:
        print((item.get("metadata") or {}).get("uid", ""))
except Exception:
    pass
EOF
}

has_uid() { item_uids | grep -qx "$1"; }

# ---------------------------------------------------------------- steps ----------
resolve_jar() {  # sets CONTEXT and JAR_BUILD_ARG
  local jar="${1:-}" jars=()
  CONTEXT="$ROOT"
  if [ -z "$jar" ]; then
    shopt -s nullglob
    jars=("$ROOT"/target/cce-emulator-*.jar)
    if [ "${#jars[@]}" -eq 0 ]; then
      say "no target/cce-emulator-*.jar: running ./mvnw -B -q package -DskipTests"
      (cd "$ROOT" && ./mvnw -B -q package -DskipTests)
      jars=("$ROOT"/target/cce-emulator-*.jar)
    fi
    shopt -u nullglob
    [ "${#jars[@]}" -gt 0 ] || { say "no jar after the Maven build"; return 1; }
    if [ "${#jars[@]}" -eq 1 ]; then
      say "jar: ${jars[0]#"$ROOT"/}"
      return 0
    fi
    # shellcheck disable=SC2012  # names are target/cce-emulator-*.jar
    jar="$(ls -t "${jars[@]}" | head -n1)"
    say "several jars in target/, using the newest"
  fi
  [ -f "$jar" ] || { say "jar not found: $jar"; return 1; }
  # Stage a context holding exactly this jar, with the repository's Dockerfile and scripts.
  CONTEXT="$WORK/context"
  mkdir -p "$CONTEXT/target" "$CONTEXT/docker"
  cp "$ROOT/Dockerfile" "$ROOT/.dockerignore" "$CONTEXT/"
  cp "$ROOT"/docker/*.sh "$CONTEXT/docker/"
  cp "$jar" "$CONTEXT/target/cce-emulator-smoke.jar"
  say "jar: $jar (staged build context)"
}

build_image() {
  local old start
  old="$(buildah images --quiet --no-trunc "$IMAGE" 2>/dev/null || true)"
  start=$SECONDS
  if ! buildah bud --isolation chroot --format docker \
        --build-arg "BASE_IMAGE=$BASE_IMAGE" -t "$IMAGE" "$CONTEXT" >"$WORK/build.log" 2>&1; then
    show_log "$WORK/build.log" 30
    result FAIL build "buildah bud failed ($((SECONDS - start))s)"
    return 1
  fi
  # Drop the image this tag pointed to before, so repeated runs don't fill the disk.
  if [ -n "$old" ] && [ "$old" != "$(buildah images --quiet --no-trunc "$IMAGE")" ]; then
    buildah rmi "$old" >/dev/null 2>&1 || true
  fi
  result PASS build "$IMAGE on $BASE_IMAGE ($((SECONDS - start))s)"
}

read_image_config() {  # APP_CMD = ENTRYPOINT + CMD, HC_CMD = HEALTHCHECK test
  buildah inspect --type image "$IMAGE" >"$WORK/image.json"
  mapfile -d '' -t APP_CMD < <(python3 - "$WORK/image.json" <<'EOF'
import json, sys
c = json.load(open(sys.argv[1]))["OCIv1"]["config"]
for a in (c.get("Entrypoint") or []) + (c.get("Cmd") or []):
    sys.stdout.write(a + "\0")
EOF
)
  mapfile -d '' -t HC_CMD < <(python3 - "$WORK/image.json" <<'EOF'
import json, sys
d = json.load(open(sys.argv[1]))["Docker"]
t = ((d.get("config") or {}).get("Healthcheck") or {}).get("Test") or []
if t and t[0] == "CMD":
    args = t[1:]
elif t and t[0] == "CMD-SHELL":
    args = ["/bin/sh", "-c", t[1]]
else:
    args = []
for a in args:
    sys.stdout.write(a + "\0")
EOF
)
  [ "${#APP_CMD[@]}" -gt 0 ] || { say "image has neither ENTRYPOINT nor CMD"; return 1; }
  say "image command: ${APP_CMD[*]}"
}

start_app() {
  APP_RUNS=$((APP_RUNS + 1))
  APP_LOG="$WORK/app-$APP_RUNS.log"
  buildah run --isolation chroot "${RUN_ENV[@]}" -v "$STATE_DIR:/state" "$CTR" -- "${APP_CMD[@]}" \
    >"$APP_LOG" 2>&1 </dev/null &
  APP_PID=$!
}

wait_health() {  # sets WAIT_SECS; 0 when UP
  local start=$SECONDS
  while [ $((SECONDS - start)) -lt "$HEALTH_TIMEOUT" ]; do
    WAIT_SECS=$((SECONDS - start))
    app_alive || { WAIT_REASON="the container process exited"; return 1; }
    if curl -sS --max-time 2 -o "$WORK/health.json" "http://127.0.0.1:${PORT}${HEALTH_PATH}" 2>/dev/null \
        && grep -q '"status" *: *"UP"' "$WORK/health.json"; then
      return 0
    fi
    sleep 1
  done
  WAIT_SECS=$((SECONDS - start))
  WAIT_REASON="no UP from $HEALTH_PATH within ${HEALTH_TIMEOUT}s"
  return 1
}

stop_app() {  # SIGTERM to the JVM; sets STOP_RC, STOP_SECS, STOP_REASON; 0 when it exited in time
  local jp start end
  STOP_RC="" STOP_SECS="" STOP_REASON=""
  jp="$(java_pid)"
  [ -n "$jp" ] || { STOP_REASON="no java process found under buildah run (pid $APP_PID)"; return 1; }
  start="$(date +%s%N)"
  kill -TERM "$jp" 2>/dev/null || true
  while app_alive; do
    end="$(date +%s%N)"
    if [ $(((end - start) / 1000000000)) -ge "$STOP_TIMEOUT" ]; then
      STOP_REASON="still running ${STOP_TIMEOUT}s after SIGTERM"
      kill_app
      return 1
    fi
    sleep 0.1
  done
  end="$(date +%s%N)"
  STOP_RC=0
  wait "$APP_PID" || STOP_RC=$?
  APP_PID=""
  STOP_SECS="$(awk -v ns="$((end - start))" 'BEGIN { printf "%.1f", ns / 1e9 }')"
  case "$STOP_RC" in
    0|143) ;;
    *) STOP_REASON="exit status $STOP_RC (want 0 or 143)"; return 1 ;;
  esac
  grep -qi 'graceful shutdown' "$APP_LOG" || { STOP_REASON="no graceful shutdown in the log"; return 1; }
}

# ---------------------------------------------------------------- checks ---------
check_cds() {
  # The image's start uses the archive with -Xshare:auto, which silently starts without it when it does not fit:
  # the same start with -Xshare:on fails instead, so this tells whether the archive is really used.
  local start=$SECONDS
  if buildah run --isolation chroot --user "$APP_UID" "$CTR" -- java -Xshare:on -XX:SharedArchiveFile=/app/application.jsa -XX:TieredStopAtLevel=1 -XX:+UseSerialGC \
        -Dspring.context.exit=onRefresh -Dspring.aot.enabled=true -jar /app/application.jar --server.port=0 \
        --logging.level.root=warn >"$WORK/cds.log" 2>&1; then
    result PASS cds "/app/application.jsa used by the image's java ($((SECONDS - start))s to a refreshed context)"
  else
    show_log "$WORK/cds.log" 20
    result FAIL cds "the image's java cannot use /app/application.jsa"
  fi
}

check_volume() {
  if buildah run --isolation chroot -v "$STATE_DIR:/state" "$CTR" -- \
        /bin/bash -c 'echo ok >/state/.smoke-write-test' >"$WORK/volume.log" 2>&1 \
      && [ -f "$STATE_DIR/.smoke-write-test" ]; then
    rm -f "$STATE_DIR/.smoke-write-test"
    result PASS volume "/state (host $STATE_DIR) writable as uid $APP_UID"
  else
    show_log "$WORK/volume.log" 10
    result FAIL volume "container user $APP_UID cannot write /state"
  fi
}

check_health() {
  if ! wait_health; then
    show_log "$APP_LOG"
    result FAIL health "$WAIT_REASON"
    return 1
  fi
  if ! grep -q "Starting AOT-processed" "$APP_LOG"; then
    show_log "$APP_LOG"
    result FAIL health "UP, but not started from Spring AOT's build-time beans (JAVA_OPTS without -Dspring.aot.enabled=true?)"
    return 1
  fi
  result PASS health "$HEALTH_PATH UP after ${WAIT_SECS}s on port $PORT, AOT-processed: $(head -c 200 "$WORK/health.json")"
}

check_healthcheck() {
  if [ "${#HC_CMD[@]}" -eq 0 ]; then
    result FAIL healthcheck "image has no HEALTHCHECK (was it built with --format docker?)"
  elif buildah run --isolation chroot "${RUN_ENV[@]}" "$CTR" -- "${HC_CMD[@]}" >"$WORK/healthcheck.log" 2>&1; then
    result PASS healthcheck "${HC_CMD[*]}: $(tail -n1 "$WORK/healthcheck.log")"
  else
    show_log "$WORK/healthcheck.log" 10
    result FAIL healthcheck "${HC_CMD[*]} failed"
  fi
}

# The CCE flow: list clusters, migrate node 3333 from cluster 1111 to 2222, poll the job to
# Success, find the node in cluster 2222. Returns 1 with API_REASON on the first failed step.
api_flow() {
  local base="/api/v3/projects/$PROJECT" job phase start
  http GET "$base/clusters"
  [ "$HTTP_CODE" = 200 ] || { API_REASON="list clusters: HTTP $HTTP_CODE"; return 1; }
  has_uid "$SRC_CLUSTER" || { API_REASON="list clusters: $SRC_CLUSTER missing"; return 1; }
  has_uid "$DST_CLUSTER" || { API_REASON="list clusters: $DST_CLUSTER missing"; return 1; }

  http GET "$base/clusters/$SRC_CLUSTER/nodes"
  [ "$HTTP_CODE" = 200 ] || { API_REASON="list nodes of source cluster: HTTP $HTTP_CODE"; return 1; }
  has_uid "$NODE_UID" || { API_REASON="node $NODE_UID not in source cluster before migration"; return 1; }

  http PUT "$base/clusters/$SRC_CLUSTER/nodes/operation/migrateto/$DST_CLUSTER" \
    "{\"spec\":{\"os\":\"EulerOS 2.9\",\"login\":{\"sshKey\":\"KeyPair-001\"},\"nodes\":[{\"uid\":\"$NODE_UID\"}]}}"
  [ "$HTTP_CODE" = 200 ] || { API_REASON="migrate: HTTP $HTTP_CODE"; return 1; }
  job="$(jget status.jobID)"
  [ -n "$job" ] || { API_REASON="migrate: no status.jobID in response"; return 1; }

  start=$SECONDS
  while :; do
    http GET "$base/jobs/$job"
    [ "$HTTP_CODE" = 200 ] || { API_REASON="show job $job: HTTP $HTTP_CODE"; return 1; }
    phase="$(jget status.phase)"
    case "$phase" in
      Success) break ;;
      Initializing|Running) ;;
      *) API_REASON="job $job phase '$phase'"; return 1 ;;
    esac
    [ $((SECONDS - start)) -lt "$JOB_TIMEOUT" ] || { API_REASON="job $job still $phase after ${JOB_TIMEOUT}s"; return 1; }
    sleep 1
  done

  http GET "$base/clusters/$DST_CLUSTER/nodes"
  [ "$HTTP_CODE" = 200 ] || { API_REASON="list nodes of target cluster: HTTP $HTTP_CODE"; return 1; }
  has_uid "$NODE_UID" || { API_REASON="node $NODE_UID not in target cluster after job Success"; return 1; }
  API_JOB="$job"
}

check_api() {
  if [ "$SKIP_API" = 1 ]; then
    result SKIP api "SMOKE_SKIP_API=1"
    return 0
  fi
  if api_flow; then
    API_DONE=1
    result PASS api "node $NODE_UID migrated to cluster $DST_CLUSTER (job $API_JOB)"
  else
    show_log "$WORK/http.log" 10
    result FAIL api "$API_REASON"
  fi
}

check_restart() {
  if [ "$SKIP_RESTART" = 1 ]; then
    result SKIP restart "SMOKE_SKIP_RESTART=1 (set SMOKE_SKIP_RESTART=0 once persistence exists)"
    return 0
  fi
  stop_app || { show_log "$APP_LOG"; result FAIL restart "stop: $STOP_REASON"; return 0; }
  start_app
  wait_health || { show_log "$APP_LOG"; result FAIL restart "after restart: $WAIT_REASON"; return 0; }
  if [ "$API_DONE" != 1 ]; then
    result PASS restart "restarted with /state kept, UP after ${WAIT_SECS}s (node not checked: api check did not pass)"
    return 0
  fi
  http GET "/api/v3/projects/$PROJECT/clusters/$DST_CLUSTER/nodes"
  if [ "$HTTP_CODE" = 200 ] && has_uid "$NODE_UID"; then
    result PASS restart "node $NODE_UID still in cluster $DST_CLUSTER after restart"
  else
    show_log "$WORK/http.log" 5
    result FAIL restart "after restart, node $NODE_UID not in cluster $DST_CLUSTER (HTTP $HTTP_CODE)"
  fi
}

check_sigterm() {
  if ! app_alive; then
    result FAIL sigterm "the container process was not running"
  elif stop_app; then
    result PASS sigterm "JVM exited ${STOP_SECS}s after SIGTERM, status $STOP_RC, graceful shutdown logged"
  else
    show_log "$APP_LOG" 20
    result FAIL sigterm "$STOP_REASON"
  fi
}

# ---------------------------------------------------------------- main -----------
main() {
  local extra
  [ "$(id -u)" -eq 0 ] || { echo "smoke.sh must run as root (buildah storage)" >&2; exit 2; }
  trap cleanup EXIT
  trap 'exit 130' INT TERM
  ensure_tools
  WORK="$(mktemp -d /tmp/cce-smoke.XXXXXX)"

  resolve_jar "${1:-}" || { result FAIL build "no jar"; summary; exit 1; }

  if [ -n "${SMOKE_BASE_IMAGE:-}" ]; then
    BASE_IMAGE="$SMOKE_BASE_IMAGE"
    result SKIP base-image "SMOKE_BASE_IMAGE=$BASE_IMAGE given"
  elif BASE_IMAGE="$(bash "$ROOT/docker/base-image.sh" 2> >(tee "$WORK/base-image.log" >&2) | tail -n1)" \
      && [ -n "$BASE_IMAGE" ]; then
    result PASS base-image "$BASE_IMAGE"
  else
    result FAIL base-image "docker/base-image.sh failed"
    summary; exit 1
  fi

  build_image || { summary; exit 1; }
  read_image_config

  CTR="$(buildah from --quiet --name "cce-smoke-$$" "$IMAGE")"
  APP_UID="$(buildah run --isolation chroot "$CTR" -- id -u)"
  STATE_DIR="$WORK/state"
  mkdir -p "$STATE_DIR"
  chown "$APP_UID:$(buildah run --isolation chroot "$CTR" -- id -g)" "$STATE_DIR"
  PORT="$(free_port)"
  RUN_ENV=(-e "SERVER_PORT=$PORT" -e "EMULATOR_JOBS_INSTANT=true")
  [ "$SKIP_RESTART" = 1 ] || RUN_ENV+=(-e "EMULATOR_PERSISTENCE_ENABLED=true" -e "EMULATOR_PERSISTENCE_DIRECTORY=/state")
  for extra in ${SMOKE_EXTRA_ENV:-}; do RUN_ENV+=(-e "$extra"); done

  check_volume
  check_cds
  say "starting the container on port $PORT"
  start_app
  if check_health; then
    check_healthcheck
    check_api
    check_restart
    check_sigterm
  else
    for extra in healthcheck api restart sigterm; do result FAIL "$extra" "not run: the emulator never became healthy"; done
  fi

  summary
  [ "$FAILED" -eq 0 ]
}

main "$@"
