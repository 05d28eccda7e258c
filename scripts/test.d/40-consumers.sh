#!/usr/bin/env bash
# Polyglot consumers prove the contracts: Python grpcio, Node @grpc/grpc-js and C++ grpc++ clients, each with
# stubs generated from protos/ alone (plus the standard health, reflection and google.rpc protos that Debian
# ships), run one scenario against the three services started here on fresh SQLite files, as `conflict up` starts
# them: health, reflection, create sources, batched ImportClaims, paged ListClaims, WatchTimeline, rich errors.
#   clients/python/consumer.py   clients/node/consumer.js   clients/cpp/consumer.cc (built here with CMake)
# Prints every consumer's `PASS case` / `FAIL case: reason` lines, then `consumers summary: N passed, M failed`;
# exits non-zero on any failure, or when a consumer could not be built or run.
# Needs (see .ci/run): python3-grpcio, protobuf-compiler(-grpc), grpc-proto, golang-github-gogo-googleapis-dev,
# libgrpc++-dev, cmake, pkg-config, node + npm.
# CONFLICT_SUITE_ROOT=DIR runs the services built in another checkout; CONFLICT_CPP_BUILD=DIR keeps the C++ build.
# By hand, against a running suite (`conflict up` listens on 5101-5103):
#   a="--sources 127.0.0.1:5101 --claims 127.0.0.1:5102 --reconciliation 127.0.0.1:5103"
#   /usr/bin/python3 clients/python/consumer.py $a
#   (cd clients/node && npm ci) && node clients/node/consumer.js $a
#   cmake -S clients/cpp -B /tmp/conflict-cpp && cmake --build /tmp/conflict-cpp -j2 && /tmp/conflict-cpp/consumer $a
set -euo pipefail
cd "$(dirname "$0")/../.."
started=$SECONDS
PY=/usr/bin/python3
SUITE=${CONFLICT_SUITE_ROOT:-$PWD}
CASES=8                 # per consumer: health reflection create_sources import_claims list_claims watch_timeline bad_request
                        # unauthenticated
CONSUMER_TIMEOUT=90     # seconds per consumer; every call inside has its own deadline (the watch 60 s)
READY_TIMEOUT=60        # seconds for a service to answer health
work=$(mktemp -d)
export CONFLICT_PY_STUBS=$work/py-stubs DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1
cpp_build=${CONFLICT_CPP_BUILD:-$work/cpp}
pids=()                 # the services
cpp_pid=""              # the C++ build, in its own process group
passed=0 failed=0 broken=0

cleanup() {
  local pid
  if [ -n "$cpp_pid" ]; then kill -- "-$cpp_pid" 2>/dev/null || true; fi
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do
    for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$pid" 2>/dev/null || true
  done
  rm -rf "$work"
}
trap cleanup EXIT

at() { echo "--- $1 (at $((SECONDS - started)) s)"; }
free_port() { $PY -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
dll_of() { echo "$SUITE/services/Conflict.$1/bin/Release/net10.0/Conflict.$1.dll"; }
cli_dll="$SUITE/clients/Conflict.Cli/bin/Release/net10.0/conflict.dll"

# not_run NAME REASON: every case of that consumer counts as failed.
not_run() {
  echo "  $1: not run: $2"
  failed=$((failed + CASES)) broken=1
}

# run_consumer NAME COMMAND...: runs it, prints its case lines and adds them up.
run_consumer() {
  local name=$1 rc=0 p f missing; shift
  timeout "$CONSUMER_TIMEOUT" "$@" >"$work/$name.out" 2>"$work/$name.err" || rc=$?
  sed "s/^/  $name: /" "$work/$name.out"
  p=$(grep -c '^PASS' "$work/$name.out" || true)
  f=$(grep -c '^FAIL' "$work/$name.out" || true)
  missing=$((CASES - p - f))
  if [ "$missing" -gt 0 ]; then echo "  $name: $missing of $CASES cases did not report"; f=$((f + missing)); fi
  if [ "$rc" -eq 124 ]; then echo "  $name: killed after $CONSUMER_TIMEOUT s"; fi
  if [ "$rc" -ne 0 ] && [ "$f" -eq 0 ]; then echo "  $name: exit $rc without a failed case"; broken=1; fi
  if [ -s "$work/$name.err" ]; then sed 's/^/    | /' "$work/$name.err" | tail -n 20; fi
  passed=$((passed + p)) failed=$((failed + f))
}

at "preparing consumers"
if [ ! -f "$cli_dll" ]; then
  dotnet build "$SUITE/clients/Conflict.Cli" -c Release -nologo -clp:ErrorsOnly -v:q >"$work/build.log" 2>&1 || { cat "$work/build.log"; exit 1; }
fi
for service in Sources Claims Reconciliation; do
  if [ ! -f "$(dll_of "$service")" ]; then
    echo "  building Conflict.$service: $(dll_of "$service") is missing"
    dotnet build "$SUITE/services/Conflict.$service" -c Release -nologo -clp:ErrorsOnly -v:q >"$work/build.log" 2>&1 \
      || { cat "$work/build.log"; exit 1; }
  fi
done
# The C++ build takes the longest: it runs (in its own process group, so the trap can stop it) while the rest
# gets ready.
setsid bash -c 'cmake -S clients/cpp -B "$1" && cmake --build "$1" -j2' _ "$cpp_build" >"$work/cpp-build.log" 2>&1 &
cpp_pid=$!
py_ok=1 node_ok=1
$PY clients/python/conflict_stubs.py "$CONFLICT_PY_STUBS" >/dev/null 2>"$work/py-stubs.log" || { py_ok=0; cat "$work/py-stubs.log"; }
(cd clients/node && npm ci --no-audit --no-fund --loglevel=error) >"$work/npm.log" 2>&1 || { node_ok=0; cat "$work/npm.log"; }
echo "  python grpcio $($PY -c 'import grpc; print(grpc.__version__)' 2>/dev/null || echo missing)," \
  "node $(node --version 2>/dev/null || echo missing) grpc-js $(node -p 'require("./clients/node/node_modules/@grpc/grpc-js/package.json").version' 2>/dev/null || echo missing)," \
  "grpc++ $(pkg-config --modversion grpc++ 2>/dev/null || echo missing), $(protoc --version 2>/dev/null || echo 'protoc missing')"

at "starting services"
source scripts/writer-token.sh "$work" consumers dotnet "$cli_dll"
declare -A port=([Sources]=$(free_port) [Claims]=$(free_port) [Reconciliation]=$(free_port))
for service in Sources Claims Reconciliation; do
  dll=$(dll_of "$service")
  # The arguments of clients/Conflict.Cli/Supervision/SuiteSpecs.cs: every service knows every other one, h2c only.
  (cd "$(dirname "$dll")" && exec dotnet "$dll" --urls "http://127.0.0.1:${port[$service]}" \
    "--Services:Sources=http://127.0.0.1:${port[Sources]}" "--Services:Claims=http://127.0.0.1:${port[Claims]}" \
    "--Services:Reconciliation=http://127.0.0.1:${port[Reconciliation]}" \
    --Logging:LogLevel:Microsoft.AspNetCore=Warning --Kestrel:EndpointDefaults:Protocols=Http2 \
    "--Auth:SigningKeyFile=$work/signing.key" \
    "--ConnectionStrings:$service=Data Source=$work/${service,,}.db") >"$work/$service.log" 2>&1 &
  pids+=($!)
done
suite_ok=1
i=0
for service in Sources Claims Reconciliation; do
  rc=0
  $PY clients/python/wait_ready.py 127.0.0.1 "${port[$service]}" "$READY_TIMEOUT" "${pids[$i]}" 2>"$work/$service.wait" || rc=$?
  i=$((i + 1))
  if [ "$rc" -eq 0 ]; then
    echo "  $service serving on port ${port[$service]}"
  else
    suite_ok=0
    echo "  $service NOT serving on port ${port[$service]}: $(cat "$work/$service.wait")"
    sed 's/^/    | /' "$work/$service.log" | tail -n 30
  fi
done

at "running consumers"
addresses=(--sources "127.0.0.1:${port[Sources]}" --claims "127.0.0.1:${port[Claims]}" \
  --reconciliation "127.0.0.1:${port[Reconciliation]}")
if [ "$suite_ok" -eq 0 ]; then
  for name in python node cpp; do not_run "$name" "the suite is not serving"; done
else
  if [ "$py_ok" -eq 1 ]; then run_consumer python $PY clients/python/consumer.py "${addresses[@]}"
  else not_run python "stub generation failed"; fi
  if [ "$node_ok" -eq 1 ]; then run_consumer node node clients/node/consumer.js "${addresses[@]}"
  else not_run node "npm ci failed"; fi
  rc=0
  wait "$cpp_pid" || rc=$?
  cpp_pid=""
  if [ "$rc" -eq 0 ]; then
    run_consumer cpp "$cpp_build/consumer" "${addresses[@]}"
  else
    tail -n 30 "$work/cpp-build.log" | sed 's/^/    | /'
    not_run cpp "the build failed (exit $rc)"
  fi
fi
if [ "$failed" -gt 0 ] || [ "$broken" -eq 1 ]; then
  for service in Sources Claims Reconciliation; do
    echo "  last lines of $service:"; tail -n 15 "$work/$service.log" | sed 's/^/    | /'
  done
fi
at "done"
echo "consumers summary: $passed passed, $failed failed"
[ "$failed" -eq 0 ] && [ "$broken" -eq 0 ]
