#!/usr/bin/env python3
"""Writes a benchmark data file: the emulator's default data plus big clusters in the default project.

The default data (with whatever credentials section it carries) is loaded as it is and only ADDED to:
  * SOURCE  b0000000-0000-4000-8000-000000000001  --source N nodes, ids 00000000-0000-4000-8000-%012d (i = 0..N-1)
  * TARGET  b0000000-0000-4000-8000-000000000002  empty, same VPC, so every source node can migrate to it and back
  * LIST    b0000000-0000-4000-8000-000000000003  --list M nodes, ids 00000000-0000-4000-9000-%012d
The ids are derived from a formula so that wrk scripts can address node i without reading the file.

usage: gen-data.py --source 100000 --list 1000 --out FILE [--defaults src/main/resources/default-data.json]
"""
import argparse
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_PROJECT = "0a1b2c3d4e5f60718293a4b5c6d7e8f9"
SOURCE_ID = "b0000000-0000-4000-8000-000000000001"
TARGET_ID = "b0000000-0000-4000-8000-000000000002"
LIST_ID = "b0000000-0000-4000-8000-000000000003"
LVM_EVS = "dockerThinpool=vgpaas/90%VG;kubernetesLV=vgpaas/10%VG;diskType=evs;lvType=linear"


def cluster(cid, name, description):
    return {
        "id": cid, "name": name, "category": "CCE", "flavor": "cce.s2.large", "version": "v1.28.3-r0",
        "vpc": "vpc-0001", "subnet": "subnet-0001", "ipv6": False, "phase": "Available", "az": "cn-north-4a",
        "description": description, "nodes": [],
    }


def node(nid, name):
    # Same shape as the default data's nodes: an Active evs node with one data disk, docker runtime.
    return {
        "id": nid, "name": name, "flavor": "c7.large.2", "os": "EulerOS 2.9", "phase": "Active",
        "rootVolume": {"volumetype": "SAS", "size": 50}, "dataVolumes": [{"volumetype": "SAS", "size": 100}],
        "dockerLVMConfigOverride": LVM_EVS, "runtime": "containerd", "sshKey": "KeyPair-001",
    }


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--source", type=int, default=100000, help="nodes in the source cluster")
    ap.add_argument("--list", type=int, default=1000, help="nodes in the list cluster (0: no such cluster)")
    ap.add_argument("--out", required=True)
    ap.add_argument("--defaults", default=os.path.join(HERE, "..", "src", "main", "resources", "default-data.json"))
    a = ap.parse_args()

    with open(a.defaults) as f:
        data = json.load(f)
    project = next((p for p in data["projects"] if p.get("id") == DEFAULT_PROJECT), None)
    if project is None:
        sys.exit("default project %s not in %s" % (DEFAULT_PROJECT, a.defaults))
    clusters = project.setdefault("clusters", [])

    src = cluster(SOURCE_ID, "bench-source", "benchmark: %d nodes to migrate" % a.source)
    src["nodes"] = [node("00000000-0000-4000-8000-%012d" % i, "bench-n%06d" % i) for i in range(a.source)]
    clusters.append(src)
    clusters.append(cluster(TARGET_ID, "bench-target", "benchmark: migration target"))
    if a.list > 0:
        lst = cluster(LIST_ID, "bench-list", "benchmark: %d nodes to list" % a.list)
        lst["nodes"] = [node("00000000-0000-4000-9000-%012d" % i, "bench-l%06d" % i) for i in range(a.list)]
        clusters.append(lst)

    os.makedirs(os.path.dirname(os.path.abspath(a.out)), exist_ok=True)
    tmp = a.out + ".tmp"
    with open(tmp, "w") as f:
        json.dump(data, f, separators=(",", ":"))
    os.replace(tmp, a.out)
    total = sum(len(c.get("nodes", [])) for p in data["projects"] for c in p.get("clusters", []))
    print("%s: %d nodes in all (source %d, list %d)" % (a.out, total, a.source, a.list), file=sys.stderr)


if __name__ == "__main__":
    main()
