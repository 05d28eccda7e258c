#!/usr/bin/env bash
# buf lint and format check of protos/ (buf CLI from npm).
set -euo pipefail
cd "$(dirname "$0")/../../tools/buf"
npm ci --no-audit --no-fund --loglevel=error
npm run --silent lint
echo "buf lint: clean"
