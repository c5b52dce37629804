#!/bin/bash
# Container HEALTHCHECK without curl or wget: GET the emulator's health endpoint over bash's
# /dev/tcp and succeed only on HTTP 200 with status UP. Prints the response body.
# Honours SERVER_PORT and HEALTHCHECK_PATH (default /actuator/health).
set -uo pipefail

port="${SERVER_PORT:-8080}"
path="${HEALTHCHECK_PATH:-/actuator/health}"

exec 3<>"/dev/tcp/127.0.0.1/${port}" || exit 1
printf 'GET %s HTTP/1.0\r\nHost: localhost\r\nAccept: application/json\r\n\r\n' \
  "$path" >&3 || exit 1

IFS= read -r -t 5 status_line <&3 || exit 1
body=""
while IFS= read -r -t 5 line <&3 || [ -n "$line" ]; do
  body+="${line}"$'\n'  # headers, blank line, then the JSON body (HTTP/1.0: never chunked)
done
exec 3<&-

printf '%s' "$body" | tr -d '\r' | sed '/^$/d' | tail -n 1
case "$status_line" in
  "HTTP/1."?" 200"*) ;;
  *) echo "unhealthy: ${status_line%$'\r'}"; exit 1 ;;
esac
case "$body" in
  *'"status":"UP"'*) exit 0 ;;
  *) exit 1 ;;
esac
