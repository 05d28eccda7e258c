#!/usr/bin/env bash
# The suite over TLS, started as a user starts it: `conflict up --tls` on free ports and a fresh data directory
# makes a local CA, serves every service over HTTPS (HTTP/2 by ALPN), then:
#   - Python grpcio calls Sources with the CA file: health, a write with the admin token; a cleartext call and a
#     call that trusts only the system's roots both fail cleanly (clients/python/tls_check.py);
#   - the CLI, finding the running suite in its state directory, lists sources over TLS with no flag;
#   - curl reads the gateway over HTTPS with the CA file.
# Prints `tls summary: N passed, M failed`.
set -euo pipefail
cd "$(dirname "$0")/../.."
PY=/usr/bin/python3
CLI=clients/Conflict.Cli/bin/Release/net10.0/conflict.dll
work=$(mktemp -d)
up_pid=""
cleanup() {
  if [ -n "$up_pid" ]; then
    kill -TERM "$up_pid" 2>/dev/null || true
    for _ in $(seq 100); do kill -0 "$up_pid" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$up_pid" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT
[ -f "$CLI" ] || dotnet build clients/Conflict.Cli -c Release -nologo -clp:ErrorsOnly -v:q >/dev/null
free_port() { $PY -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
sp=$(free_port) cp=$(free_port) rp=$(free_port) gp=$(free_port)
export CONFLICT_STATE_DIR=$work/state CONFLICT_PY_STUBS=$work/py-stubs DOTNET_NOLOGO=1
dotnet "$CLI" up --tls --no-logs --data-dir "$work/data" --sources-port "$sp" --claims-port "$cp" \
  --reconciliation-port "$rp" --gateway-port "$gp" >"$work/up.log" 2>&1 &
up_pid=$!
for _ in $(seq 240); do
  grep -q "all services are healthy" "$work/up.log" && break
  kill -0 "$up_pid" 2>/dev/null || break
  sleep 0.5
done
if ! grep -q "all services are healthy" "$work/up.log"; then
  echo "tls: the suite did not start"; tail -n 30 "$work/up.log"; exit 1
fi
passed=0 failed=0
count() { if [ "$1" -eq 0 ]; then passed=$((passed + 1)); echo "PASS $2"; else failed=$((failed + 1)); echo "FAIL $2"; fi; }
$PY clients/python/conflict_stubs.py "$CONFLICT_PY_STUBS" >/dev/null
rc=0
timeout 120 $PY clients/python/tls_check.py --port "$sp" --ca "$work/data/tls/ca.pem" --token-file "$work/data/admin.token" \
  2>"$work/py.err" | tee "$work/py.txt" || rc=$?
passed=$((passed + $(grep -c '^PASS' "$work/py.txt" || true))) failed=$((failed + $(grep -c '^FAIL' "$work/py.txt" || true)))
[ "$rc" -eq 0 ] || [ "$(grep -c '^FAIL' "$work/py.txt" || true)" -gt 0 ] || { failed=$((failed + 1)); echo "FAIL python exit $rc"; }
rc=0
dotnet "$CLI" --server "sources=https://127.0.0.1:$sp" sources list >"$work/cli.txt" 2>&1 || rc=$?
grep -q "Tls Check" "$work/cli.txt" || rc=1
count "$rc" "cli_lists_over_tls (the local suite's token and CA, no flags)"
[ "$rc" -eq 0 ] || cat "$work/cli.txt"
rc=0
curl -sf --cacert "$work/data/tls/ca.pem" "https://127.0.0.1:$gp/v1/variables" >/dev/null || rc=$?
count "$rc" "gateway_https_with_ca (curl)"
echo "tls summary: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
