#!/usr/bin/env bash
# Static fusion on real truth-discovery data (bench fuse-real): every set in ../shared/datasets x every method, MAE or
# error rate on the dev and held-out halves, 90% coverage, the default's ratio to the best baseline and its
# calibration. A report, not a gate: the figures go in the issue notes. Where ../shared is absent (a plain clone) it
# prints one SKIP line.
set -euo pipefail
cd "$(dirname "$0")/../.."
BENCH=bench/Conflict.Bench/bin/Release/net10.0/Conflict.Bench.dll
[ -f "$BENCH" ] || dotnet build bench/Conflict.Bench -c Release -nologo -clp:ErrorsOnly -v:q >/dev/null
exec dotnet "$BENCH" fuse-real
