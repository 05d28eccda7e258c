#!/usr/bin/env bash
# A short crash campaign (bench crash, issue: a crash never loses an acknowledged write): ten trials on SQLite and
# ten on a throw-away PostgreSQL server, each killing Claims, Reconciliation or Sources with SIGKILL mid-write.
# Prints each campaign's last line, `trials=N acknowledged=A lost=L duplicated=D diverged=V`, and fails unless
# every count but trials and acknowledged is zero. The benchmark itself runs 100 trials by default.
set -euo pipefail
cd "$(dirname "$0")/../.."
BENCH=bench/Conflict.Bench/bin/Release/net10.0/Conflict.Bench.dll
[ -f "$BENCH" ] || dotnet build bench/Conflict.Bench -c Release -nologo -clp:ErrorsOnly -v:q >/dev/null
status=0
echo "--- crash campaign on SQLite"
dotnet "$BENCH" crash --trials 10 --claims 2000 --articles 20 --seed "${CONFLICT_CRASH_SEED:-$RANDOM}" || status=1
source scripts/postgres.sh
postgres_start
trap postgres_stop EXIT
if [ -n "${CONFLICT_TEST_POSTGRES:-}" ]; then
  echo "--- crash campaign on PostgreSQL"
  dotnet "$BENCH" crash --trials 10 --claims 2000 --articles 20 --seed "${CONFLICT_CRASH_SEED:-$RANDOM}" \
    --postgres "Host=127.0.0.1;Port=$PG_PORT;Username=conflict" || status=1
fi
exit $status
