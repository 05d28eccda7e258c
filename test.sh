#!/usr/bin/env bash
# Runs every check of Conflict, in order: each step in scripts/test.d/ must pass.
# Needs the tools that .ci/run installs (python3-grpcio, grpc-proto, postgresql, chromium, npm packages).
set -euo pipefail
cd "$(dirname "$0")"
started=$SECONDS
for step in scripts/test.d/*.sh; do
  echo "=== $(basename "$step" .sh)"
  bash "$step"
done
echo "=== all steps passed in $((SECONDS - started)) s"
