#!/usr/bin/env bash
# Sources service smoke test from Python grpcio (stubs generated from protos/ at test time): starts the
# service on a free local port with a fresh SQLite file, waits for health, then creates, gets, lists,
# resolves and checks the rich errors (clients/python/sources_smoke.py). Exits non-zero on any failure.
set -euo pipefail
cd "$(dirname "$0")/../.."
started=$SECONDS
PY=/usr/bin/python3
DLL=services/Conflict.Sources/bin/Release/net10.0/Conflict.Sources.dll
if [ ! -f services/Conflict.Sources/SourcesRpc.cs ]; then
  echo "sources smoke: SKIP, the Sources service is not implemented in this tree"
  exit 0
fi
work=$(mktemp -d)
pid=""
cleanup() {
  if [ -n "$pid" ]; then
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$pid" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT

dotnet build clients/Conflict.Cli -c Release -nologo -clp:ErrorsOnly -v:q >"$work/build.log" 2>&1 || { cat "$work/build.log"; exit 1; }
source scripts/writer-token.sh "$work" smoke dotnet clients/Conflict.Cli/bin/Release/net10.0/conflict.dll
port=$($PY -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
# The built dll rather than `dotnet run`: then $pid is the service itself, and the trap stops it for sure.
dotnet "$DLL" --urls "http://127.0.0.1:$port" --ConnectionStrings:Sources="Data Source=$work/sources.db" \
  "--Auth:SigningKeyFile=$work/signing.key" >"$work/sources.log" 2>&1 &
pid=$!
if ! $PY clients/python/wait_ready.py 127.0.0.1 "$port" 60 "$pid"; then
  echo "sources smoke: the service did not get ready"; tail -n 30 "$work/sources.log"; exit 1
fi
status=0
timeout 120 $PY clients/python/sources_smoke.py --port "$port" | tee "$work/smoke.txt" || status=$?
echo "sources smoke summary: $(grep -c '^PASS' "$work/smoke.txt" || true) passed, $(grep -c '^FAIL' "$work/smoke.txt" || true) failed in $((SECONDS - started)) s"
if [ "$status" -ne 0 ]; then tail -n 30 "$work/sources.log"; fi
exit $status
