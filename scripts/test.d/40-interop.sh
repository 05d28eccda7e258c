#!/usr/bin/env bash
# gRPC interop: our layer (services/Conflict.Grpc) against independent peers, in both directions.
#   py>net, node>net   Python grpcio and Node @grpc/grpc-js clients against our interop server
#   wire>net           raw HTTP/2 checks with curl of what the libraries hide (framing, trailers-only,
#                      percent-encoding, status codes for unknown methods and encodings, deadlines)
#   py>net.gz, ...     the same against our server compressing every response with gzip
#   net>py, net>node   our .NET client against a grpcio server and a grpc-js server
# Prints one table of every case per direction; exits non-zero on any failure or missing result.
# Needs /usr/bin/python3 with python3-grpcio + python3-grpc-tools, grpc-proto, node + npm (see .ci/run).
set -euo pipefail
cd "$(dirname "$0")/../.."
started=$SECONDS
PY=/usr/bin/python3
DLL=tests/Conflict.Interop/bin/Release/net10.0/Conflict.Interop.dll
CLIENT_TIMEOUT=180   # seconds per client run; every call inside also has its own 10 s deadline
READY_TIMEOUT=60     # seconds for a server to answer health
work=$(mktemp -d)
pids=()
declare -A down=()   # servers that never got ready: their clients are not run

cleanup() {
  local pid
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do
    for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$pid" 2>/dev/null || true
  done
  rm -rf "$work"
}
trap cleanup EXIT

free_port() { $PY -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

# start_server NAME PORT COMMAND...: starts it in the background and waits until health says SERVING.
start_server() {
  local name=$1 port=$2; shift 2
  "$@" >"$work/$name.log" 2>&1 &
  pids+=($!)
  local rc=0
  $PY scripts/interop/wait_ready.py 127.0.0.1 "$port" "$READY_TIMEOUT" "${pids[-1]}" 2>"$work/$name.wait" || rc=$?
  if [ "$rc" -eq 0 ]; then
    echo "  $name ready on port $port: $(head -n 1 "$work/$name.log" | cut -c1-200)"
  elif [ "$rc" -eq 3 ]; then
    echo "  $name up on port $port, but: $(cat "$work/$name.wait")"
  else
    down[$name]=1
    echo "  $name NOT ready on port $port: $(cat "$work/$name.wait")"
    sed 's/^/    | /' "$work/$name.log" | tail -n 30
  fi
}

# run_client COLUMN SERVER COMMAND...: runs a client, keeping its PASS/FAIL lines for the table.
run_client() {
  local column=$1 server=$2; shift 2
  if [ -n "${down[$server]:-}" ]; then
    echo "  $column: not run, server $server is down"
    return
  fi
  local rc=0
  timeout "$CLIENT_TIMEOUT" "$@" >"$work/$column.txt" 2>"$work/$column.err" || rc=$?
  echo "  $column: $(grep -c '^PASS' "$work/$column.txt" || true) passed, $(grep -c '^FAIL' "$work/$column.txt" || true) failed (exit $rc)"
  if [ "$rc" -eq 124 ]; then echo "    | killed after $CLIENT_TIMEOUT s"; fi
  if [ -s "$work/$column.err" ]; then sed 's/^/    | /' "$work/$column.err" | tail -n 20; fi
}

echo "--- preparing peers (at $((SECONDS - started)) s)"
dotnet build tests/Conflict.Interop -c Release -nologo -clp:ErrorsOnly -v:q >"$work/build.log" 2>&1 || { cat "$work/build.log"; exit 1; }
$PY clients/python/interop_stubs.py >/dev/null
(cd clients/node && npm ci --no-audit --no-fund --loglevel=error >"$work/npm.log" 2>&1) || { echo "  npm ci failed:"; cat "$work/npm.log"; }
echo "  python $($PY -c 'import grpc; print("grpcio", grpc.__version__)'), node $(node --version) grpc-js $(node -p 'require("./clients/node/node_modules/@grpc/grpc-js/package.json").version' 2>/dev/null || echo missing)"

echo "--- starting servers (at $((SECONDS - started)) s)"
net_port=$(free_port); start_server net "$net_port" dotnet "$DLL" server --port "$net_port"
gz_port=$(free_port); start_server net.gz "$gz_port" dotnet "$DLL" server --port "$gz_port" --response-compression gzip
py_port=$(free_port); start_server py "$py_port" $PY clients/python/interop_server.py --port "$py_port"
node_port=$(free_port); start_server node "$node_port" node clients/node/interop_server.js --port "$node_port"

echo "--- running clients (at $((SECONDS - started)) s)"
run_client 'py>net' net $PY clients/python/interop_client.py --port "$net_port"
run_client 'node>net' net node clients/node/interop_client.js --port "$net_port"
run_client 'wire>net' net $PY scripts/interop/wire_check.py --port "$net_port"
run_client 'py>net.gz' net.gz $PY clients/python/interop_client.py --port "$gz_port"
run_client 'node>net.gz' net.gz node clients/node/interop_client.js --port "$gz_port"
run_client 'wire>net.gz' net.gz $PY scripts/interop/wire_check.py --port "$gz_port" --compressing
# grpcio and grpc-js hide request compression from handlers: their servers cannot answer the compression probe.
run_client 'net>py' py dotnet "$DLL" client --port "$py_port" --no-compressed-request-probe
# Only the grpcio server can break response cardinality on request.
run_client 'net>node' node dotnet "$DLL" client --port "$node_port" --no-compressed-request-probe --skip response_cardinality

echo "--- results (at $((SECONDS - started)) s)"
status=0
columns=()
for column in 'py>net' 'node>net' 'wire>net' 'py>net.gz' 'node>net.gz' 'wire>net.gz' 'net>py' 'net>node'; do
  columns+=("$column=$work/$column.txt")
done
$PY scripts/interop/table.py "${columns[@]}" || status=$?
echo "interop: finished in $((SECONDS - started)) s"
exit $status
