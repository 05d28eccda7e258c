#!/usr/bin/env bash
# A bounded fuzz campaign (bench fuzz): 30,000 inputs against the three services started as processes on fresh
# SQLite files: mutated and random protobuf requests for every RPC, malformed gRPC framing, adversarial article
# texts and claim files for `conflict claims import`, after 200 rejected writes checked one by one to store nothing.
# Prints the answers by kind and the last line `inputs=N crashes=C unhandled=U hangs=H`; fails unless C, U and H are
# zero. The benchmark itself runs a million inputs by default.
set -euo pipefail
cd "$(dirname "$0")/../.."
BENCH=bench/Conflict.Bench/bin/Release/net10.0/Conflict.Bench.dll
[ -f "$BENCH" ] || dotnet build bench/Conflict.Bench -c Release -nologo -clp:ErrorsOnly -v:q >/dev/null
exec dotnet "$BENCH" fuzz --inputs 30000 --workers 16 --rejection-checks 200 --seed "${CONFLICT_FUZZ_SEED:-$RANDOM}"
