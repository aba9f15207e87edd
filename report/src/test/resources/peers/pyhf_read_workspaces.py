"""Peer check: pyhf reads every pyhf workspace a Quarry report attaches.

Usage: pyhf_read_workspaces.py WORKSPACE.json...
Prints one JSON line: {file: {"channels": [...], "parameters": n, "poi": name}} per workspace,
as pyhf's own Workspace (schema-validated on construction) and Model see them.
"""
import json
import sys

import pyhf

out = {}
for path in sys.argv[1:]:
    with open(path) as f:
        ws = pyhf.Workspace(json.load(f))
    model = ws.model()
    out[path] = {
        "channels": list(model.config.channels),
        "parameters": model.config.npars,
        "poi": model.config.poi_name,
    }
print(json.dumps(out))
