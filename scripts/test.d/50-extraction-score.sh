#!/usr/bin/env bash
# Scores claim extraction on the seed articles against the gold (../shared/corpus/gold):
# fails unless f1_core >= 0.85 and precision >= 0.80 on the last line of score_extraction.py.
# Where the shared corpus is absent (it sits beside the repository in CI, not in a plain clone), score.sh prints
# its one-line "extraction score: SKIP (...)" and this step passes.
set -euo pipefail
cd "$(dirname "$0")/../.."
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
report=$(scripts/extraction/score.sh "$out")
echo "$report"
if [[ $report == "extraction score: SKIP ("* ]]; then
  exit 0
fi
last=$(tail -n 1 <<<"$report")
/usr/bin/python3 - "$last" <<'PY'
import re, sys
line = sys.argv[1]
values = dict(re.findall(r"(\w+)=([0-9.]+)", line))
if not line.startswith("extraction:") or "f1_core" not in values or "precision" not in values:
    sys.exit(f"extraction score: FAIL (unreadable score line: {line!r})")
f1, precision = float(values["f1_core"]), float(values["precision"])
ok = f1 >= 0.85 and precision >= 0.80
print(f"extraction score: {'PASS' if ok else 'FAIL'} (f1_core={f1:.2f} >= 0.85, precision={precision:.2f} >= 0.80)")
sys.exit(0 if ok else 1)
PY
