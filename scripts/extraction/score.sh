#!/usr/bin/env bash
# Extracts the claims of the five seed articles (and of the dev corpus, when present) with the client,
# `conflict extract ... --format jsonl`, against
# a real Sources service (loaded with demo/sources.json, so claimants print as display names) and a real Claims
# service, into OUT_DIR as <stem>.jsonl; then scores them with ../shared/tools/score_extraction.py.
# The seed articles, their gold and the scorer are the team's shared corpus beside the repository (../shared, there
# in CI), not part of it: without them this prints one line, "extraction score: SKIP (... not found)", and exits 0.
# Usage: scripts/extraction/score.sh [OUT_DIR] [--verbose]
set -euo pipefail
cd "$(dirname "$0")/../.."
corpus=../shared/corpus
scorer=../shared/tools/score_extraction.py
for needed in "$corpus" "$corpus/seeds.json" "$corpus/seeds" "$corpus/gold" "$scorer"; do
  if [[ ! -e $needed ]]; then
    echo "extraction score: SKIP ($needed not found)"
    exit 0
  fi
done
out=${1:-$(mktemp -d)}
shift || true
mkdir -p "$out"
work=$(mktemp -d)
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT
dotnet build clients/Conflict.Cli -c Release -nologo -clp:ErrorsOnly -v:q >/dev/null
bin() { echo "$1/bin/Release/net10.0/$2.dll"; }
read -r sport cport < <(/usr/bin/python3 -c 'import socket
s=[socket.socket() for _ in range(2)]
[x.bind(("127.0.0.1",0)) for x in s]
print(*[x.getsockname()[1] for x in s])')
conflict() { dotnet "$(bin clients/Conflict.Cli conflict)" "$@"; }
source scripts/writer-token.sh "$work" extraction-score conflict
dotnet "$(bin services/Conflict.Sources Conflict.Sources)" --urls "http://127.0.0.1:$sport" --Auth:SigningKeyFile="$work/signing.key" \
  --ConnectionStrings:Sources="Data Source=$work/sources.db" >"$work/sources.log" 2>&1 & pids+=($!)
dotnet "$(bin services/Conflict.Claims Conflict.Claims)" --urls "http://127.0.0.1:$cport" --Auth:SigningKeyFile="$work/signing.key" \
  --ConnectionStrings:Claims="Data Source=$work/claims.db" --Services:Sources="http://127.0.0.1:$sport" >"$work/claims.log" 2>&1 & pids+=($!)
export CONFLICT_SOURCES="http://127.0.0.1:$sport" CONFLICT_CLAIMS="http://127.0.0.1:$cport"
for _ in $(seq 1 120); do
  conflict measures list >/dev/null 2>&1 && conflict sources list >/dev/null 2>&1 && break
  sleep 0.5
done
conflict sources import demo/sources.json >/dev/null
/usr/bin/python3 - "$corpus/seeds.json" <<'PY' | while IFS=$'\t' read -r file published language publisher; do
import json, sys
for d in json.load(open(sys.argv[1]))["documents"]:
    print("\t".join([d["file"], d["published"], d["language"], d["publisher"]]))
PY
  conflict extract "$corpus/seeds/$file" --published "$published" --language "$language" --publisher "$publisher" \
    --format jsonl > "$out/${file%.txt}.jsonl"
done
# The dev corpus (real articles about several wars, with gold): scored in two halves split by a hash of the
# article id, the same split on every machine. "tuned" is the half looked at while developing the extractor;
# "held-out" is the half that was not, and the figure to believe. Reported, not gated (see issue 13).
if [[ -d $corpus/dev/articles && -d $corpus/dev/gold ]]; then
  mkdir -p "$out/dev" "$work/gold-tuned" "$work/gold-held" "$work/pred-tuned" "$work/pred-held"
  for meta in "$corpus"/dev/articles/*.meta.json; do
    id=$(basename "$meta" .meta.json)
    IFS=$'\t' read -r published language publisher half < <(/usr/bin/python3 - "$meta" "$id" <<'PY'
import hashlib, json, sys
m = json.load(open(sys.argv[1]))
half = "held" if hashlib.sha256(sys.argv[2].encode()).digest()[0] & 1 else "tuned"
print("\t".join([m["published"], m["language"], m.get("publisher", ""), half]))
PY
)
    conflict extract "$corpus/dev/articles/$id.txt" --published "$published" --language "$language" --publisher "$publisher" \
      --format jsonl > "$out/dev/$id.jsonl"
    cp "$out/dev/$id.jsonl" "$work/pred-$half/"
    cp "$corpus/dev/gold/$id.json" "$work/gold-$half/"
  done
  for half in tuned held; do
    line=$(/usr/bin/python3 "$scorer" --gold "$work/gold-$half" --pred "$work/pred-$half" | tail -n 1)
    echo "dev corpus, ${half/held/held-out} half: ${line#extraction: }"
  done
  line=$(/usr/bin/python3 "$scorer" --gold "$corpus/dev/gold" --pred "$out/dev" | tail -n 1)
  echo "dev corpus, all: ${line#extraction: }"
fi
/usr/bin/python3 "$scorer" --gold "$corpus/gold" --pred "$out" "$@"
