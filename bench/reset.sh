#!/usr/bin/env bash
# Reset cost: POST /__admin/reset 20 times in a row, median of the emulator's own tookMillis (server side) and of the
# round trip, with the default data and with 100,000 nodes loaded as the baseline; WireMock's /__admin/reset round
# trip beside it (its reset is a map clear). Prints a table; RESETS (20) and NODES (100000) change the sizes.
source "$(dirname "$0")/lib/common.sh"
need curl curl
RESETS="${RESETS:-20}"
NODES="${NODES:-100000}"

median() { sort -g | awk '{ v[NR] = $1 } END { if (NR == 0) { print "-"; exit } print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# resets URL: one line per reset, "server_ms round_trip_ms" (server_ms is - for WireMock)
resets() {
	local url="$1" i out
	for ((i = 0; i < RESETS; i++)); do
		out="$(curl -s -o /tmp/reset-body.$$ -w '%{time_total}' -X POST "$url")"
		printf '%s %s\n' "$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1])).get("tookMillis","-"))' /tmp/reset-body.$$ 2>/dev/null || echo -)" \
			"$(python3 -c "print(float('$out') * 1000)")"
	done
	rm -f /tmp/reset-body.$$
}

row() {  # NAME LINES
	local name="$1" lines="$2" server trip
	server="$(awk '$1 != "-" { print $1 }' <<<"$lines" | median)"
	trip="$(awk '{ print $2 }' <<<"$lines" | median)"
	printf '| %s | %s | %.2f |\n' "$name" "${server:--}" "$trip"
}

port="$(free_port)"
start_emulator "$port" ""
emu=$STARTED_PID
wait_http "$emu" "http://127.0.0.1:$port/api/v3/projects/$PROJECT/clusters"
wport="$(free_port)"
start_wiremock "$wport"
wm=$STARTED_PID
wait_http "$wm" "http://127.0.0.1:$wport/__admin/mappings"

echo "| reset of | emulator tookMillis (median of $RESETS) | round trip ms (median) |"
echo "|---|---|---|"
resets "http://127.0.0.1:$port/__admin/reset" >/dev/null   # warm-up
row "emulator, default data" "$(resets "http://127.0.0.1:$port/__admin/reset")"
data="$RAW/reset-$NODES.json"
python3 - "$data" "$NODES" <<'PY'
import json, sys
path, nodes = sys.argv[1], int(sys.argv[2])
template = {"flavor": "c7.large.2", "os": "EulerOS 2.9", "dataVolumes": [{"volumetype": "SAS", "size": 100}]}
json.dump({"projects": [{"id": "0a1b2c3d4e5f60718293a4b5c6d7e8f9", "name": "cn-north-4", "clusters": [
    {"id": "big", "name": "big", "vpc": "vpc-0001", "nodeSets": [{"count": nodes, "namePrefix": "n", "template": template}]}]}]},
    open(path, "w"))
PY
curl -s -o /dev/null -X PUT -H 'Content-Type: application/json' --data-binary "@$data" \
	"http://127.0.0.1:$port/__admin/data?baseline=true"
resets "http://127.0.0.1:$port/__admin/reset" >/dev/null
row "emulator, $NODES nodes" "$(resets "http://127.0.0.1:$port/__admin/reset")"
resets "http://127.0.0.1:$wport/__admin/reset" >/dev/null
row "WireMock $WIREMOCK_VERSION (its stubs)" "$(resets "http://127.0.0.1:$wport/__admin/reset")"
