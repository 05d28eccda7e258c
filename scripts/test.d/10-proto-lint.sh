#!/usr/bin/env bash
# buf lint and format check of protos/ (buf CLI from npm).
set -euo pipefail
cd "$(dirname "$0")/../../tools/buf"
# npm ci rejects npm 11 lock files that omit other platforms' optional binaries; install honours the lock.
npm install --no-audit --no-fund --loglevel=error
npm run --silent lint
echo "buf lint: clean"
