#!/usr/bin/env bash
# Scale-out proof with real processes (bench replicas): two replicas of every service on a throw-away PostgreSQL
# server, claims imported through both Claims replicas, the coordinating Reconciliation replica killed with SIGKILL
# mid-import; the timelines must equal a one-replica SQLite run's. Prints one line per check, then
# `replicas: N passed, M failed`. Skips with one line when no PostgreSQL server binaries are installed.
set -euo pipefail
cd "$(dirname "$0")/../.."
BENCH=bench/Conflict.Bench/bin/Release/net10.0/Conflict.Bench.dll
[ -f "$BENCH" ] || dotnet build bench/Conflict.Bench -c Release -nologo -clp:ErrorsOnly -v:q >/dev/null
source scripts/postgres.sh
postgres_start
trap postgres_stop EXIT
if [ -z "${CONFLICT_TEST_POSTGRES:-}" ]; then
  echo "replicas: skipped (no PostgreSQL server)"
  exit 0
fi
dotnet "$BENCH" replicas --postgres "Host=127.0.0.1;Port=$PG_PORT;Username=conflict"
# The user's path: `conflict up --postgres URL --replicas 2 --demo` prints the same demo timeline as the SQLite default.
sqlite=$(scripts/up-demo-table.sh 6300)
replicated=$(scripts/up-demo-table.sh 6400 --postgres "postgres://conflict@127.0.0.1:$PG_PORT" --replicas 2)
if [ -n "$sqlite" ] && [ "$sqlite" = "$replicated" ]; then
  echo "up --demo: the same $(echo "$sqlite" | grep -c '^│ 20') days on PostgreSQL with 2 replicas per service as on SQLite"
else
  echo "up --demo: the timelines differ"; diff <(echo "$sqlite") <(echo "$replicated") || true
  exit 1
fi
