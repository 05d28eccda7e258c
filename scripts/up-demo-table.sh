#!/usr/bin/env bash
# Runs `conflict up --demo` as a user would, with the given extra arguments, on ports from BASE, until it has printed
# the demo timeline; stops it with SIGTERM and prints the timeline table without its revision (which counts
# recomputations, not figures). Usage: scripts/up-demo-table.sh BASE [up arguments...]
set -euo pipefail
cd "$(dirname "$0")/.."
base=$1; shift
dir=$(mktemp -d /tmp/conflict-up.XXXXXX)
out=$dir/out.txt
CONFLICT_STATE_DIR=$dir/state dotnet clients/Conflict.Cli/bin/Release/net10.0/conflict.dll up --demo --no-logs --data-dir "$dir/data" \
  --gateway-port "$base" --sources-port $((base + 1)) --claims-port $((base + 2)) --reconciliation-port $((base + 3)) "$@" > "$out" 2>&1 &
pid=$!
for _ in $(seq 1 360); do grep -q "^Gateway:" "$out" && break; kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
kill -TERM "$pid" 2>/dev/null || true
wait "$pid" || true
if ! grep -q "^Gateway:" "$out"; then cat "$out" >&2; rm -rf "$dir"; exit 1; fi
sed -n '/^area_controlled\/ua\/RU-KRS (km2),/,/^╰/{p;/^╰/q;}' "$out" | sed 's/, revision [0-9]*,/,/'
rm -rf "$dir"
