#!/usr/bin/env python3
"""Appends one JSON record to a .jsonl file: record.py FILE key=value ... [json=JSON-OBJECT-TO-MERGE]"""
import json
import sys

rec = {}
for arg in sys.argv[2:]:
    k, v = arg.split("=", 1)
    if k == "json":
        rec.update(json.loads(v))
        continue
    try:
        v = json.loads(v)
    except ValueError:
        pass
    rec[k] = v
with open(sys.argv[1], "a") as f:
    f.write(json.dumps(rec) + "\n")
