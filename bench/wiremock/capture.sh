#!/usr/bin/env bash
# Regenerates WireMock's canned stubs (mappings/ and __files/) from the emulator's real responses, so that WireMock
# serves bodies of exactly the same shape and size. Run once after a change of the API's bodies; the output is
# committed. Usage: bench/wiremock/capture.sh
source "$(dirname "$0")/../lib/common.sh"
need curl curl

data="$CACHE/data/capture.json"
python3 "$BENCH_DIR/gen-data.py" --source 10 --list 1000 --out "$data"
port="$(free_port)"
start_emulator "$port" "$data"
pid=$STARTED_PID
base="http://127.0.0.1:$port"
wait_http "$pid" "$base/api/v3/projects/$PROJECT/clusters"
H=(-H "X-Auth-Token: $TOKEN" -H 'Content-Type: application/json')
LVM='dockerThinpool=vgpaas/90%VG;kubernetesLV=vgpaas/10%VG;diskType=ssd;lvType=linear'
out="$(mktemp -d)"
curl -s "${H[@]}" -X PUT "$(migrate_url "$port" "$REFUSE_SRC" "$REFUSE_DST")" -o "$out/refused.json" \
	-d '{"spec":{"os":"EulerOS 2.9","login":{"sshKey":"KeyPair-001"},"nodes":[{"uid":"'"$REFUSE_NODE"'"}],"extendParam":{"DockerLVMConfigOverride":"'"$LVM"'"}}}'
curl -s "${H[@]}" -X PUT "$(migrate_url "$port" "$SOURCE_ID" "$TARGET_ID")" -o "$out/accepted.json" \
	-d '{"spec":{"os":"EulerOS 2.9","login":{"sshKey":"KeyPair-001"},"nodes":[{"uid":"00000000-0000-4000-8000-000000000000"}]}}'
job="$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["status"]["jobID"])' "$out/accepted.json")"
curl -s "${H[@]}" "$base/api/v3/projects/$PROJECT/jobs/$job" -o "$out/job.json"
curl -s "${H[@]}" "$base/api/v3/projects/$PROJECT/clusters/$LIST_ID/nodes" -o "$out/nodes.json"
stop_pid "$pid"

python3 - "$out" "$BENCH_DIR/wiremock" "$PROJECT" "$LIST_ID" "$REFUSE_SRC" "$REFUSE_DST" <<'PY'
import json, os, sys
src, root, project, list_id, rsrc, rdst = sys.argv[1:]
def body(name):
    return open(os.path.join(src, name)).read()
items = json.loads(body("nodes.json"))["items"]
assert len(items) == 1000, len(items)
assert json.loads(body("refused.json"))["code"] == 400
os.makedirs(os.path.join(root, "__files"), exist_ok=True)
with open(os.path.join(root, "__files", "nodes-1000.json"), "w") as f:
    f.write(body("nodes.json"))
auth = {"X-Auth-Token": {"equalTo": "emulator-token"}}
hdrs = {"Content-Type": "application/json", "X-Request-Id": "0123456789abcdef0123456789abcdef"}
migrate = "/api/v3/projects/[0-9a-f]{32}/clusters/[^/]+/nodes/operation/migrateto/[^/]+"
mappings = {
    "migrate-refused": {
        "priority": 1,
        "request": {"method": "PUT",
                    "urlPath": "/api/v3/projects/%s/clusters/%s/nodes/operation/migrateto/%s" % (project, rsrc, rdst),
                    "headers": auth,
                    "bodyPatterns": [{"matchesJsonPath": {"expression": "$.spec.extendParam.DockerLVMConfigOverride",
                                                          "contains": "diskType=ssd"}}]},
        "response": {"status": 400, "headers": hdrs, "body": body("refused.json")}},
    "migrate-accepted": {
        "priority": 5,
        "request": {"method": "PUT", "urlPathPattern": migrate, "headers": auth},
        "response": {"status": 200, "headers": hdrs, "body": body("accepted.json")}},
    "job": {
        "request": {"method": "GET", "urlPathPattern": "/api/v3/projects/[0-9a-f]{32}/jobs/[^/]+", "headers": auth},
        "response": {"status": 200, "headers": hdrs, "body": body("job.json")}},
    "nodes-1000": {
        "request": {"method": "GET", "urlPath": "/api/v3/projects/%s/clusters/%s/nodes" % (project, list_id),
                    "headers": auth},
        "response": {"status": 200, "headers": hdrs, "bodyFileName": "nodes-1000.json"}},
}
os.makedirs(os.path.join(root, "mappings"), exist_ok=True)
for name, m in mappings.items():
    with open(os.path.join(root, "mappings", name + ".json"), "w") as f:
        json.dump(m, f, indent=2)
        f.write("\n")
print("wrote %d mappings and __files/nodes-1000.json (%d bytes)" % (len(mappings), len(body("nodes.json"))))
PY
rm -rf "$out"
