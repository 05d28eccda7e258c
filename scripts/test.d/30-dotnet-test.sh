#!/usr/bin/env bash
# Runs every .NET test project against a real PostgreSQL server started on a local port.
set -euo pipefail
cd "$(dirname "$0")/../.."
source scripts/postgres.sh
postgres_start
trap postgres_stop EXIT
log=$(mktemp)
status=0
dotnet test Conflict.sln -c Release --no-build -nologo 2>&1 | tee "$log" || status=$?
python3 scripts/test_summary.py "$log"
exit $status
