#!/usr/bin/env bash
# Extracts claims from the five seed articles (metadata from seeds.json) into OUT_DIR as <stem>.jsonl,
# then scores them against the gold with ../shared/tools/score_extraction.py.
# Usage: scripts/extraction/score.sh [OUT_DIR] [--verbose]
set -euo pipefail
cd "$(dirname "$0")/../.."
out=${1:-$(mktemp -d)}
shift || true
corpus=../shared/corpus
mkdir -p "$out"
dotnet build bench/Conflict.Bench -c Release -nologo -clp:ErrorsOnly -v:q >/dev/null
bench=bench/Conflict.Bench/bin/Release/net10.0/Conflict.Bench.dll
/usr/bin/python3 - "$corpus/seeds.json" <<'PY' | while IFS=$'\t' read -r file published language publisher; do
import json, sys
for d in json.load(open(sys.argv[1]))["documents"]:
    print("\t".join([d["file"], d["published"], d["language"], d["publisher"]]))
PY
  dotnet "$bench" extract-jsonl --published "$published" --language "$language" --publisher "$publisher" \
    "$corpus/seeds/$file" > "$out/${file%.txt}.jsonl"
done
/usr/bin/python3 ../shared/tools/score_extraction.py --gold "$corpus/gold" --pred "$out" "$@"
