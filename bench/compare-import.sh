#!/usr/bin/env bash
# Usage: bench/compare-import.sh [COMMIT] [--rounds N] [--claims N]
#
# `import` claims/s of this working tree against COMMIT (default fe5c02b, the last commit on the home-made gRPC
# transport), measured in the same run: a git worktree of COMMIT is built beside this tree's bench, then the two
# run in interleaved rounds (old, new, old, new, ...) so that a change in the machine's load hits both alike.
# Prints each run's claims/s and import/baseline figure, each round's ratio new/old, and the median and spread of
# the ratios. The worktree is removed at the end, whatever happens.
set -euo pipefail

commit=fe5c02b
rounds=3
claims=200000
while [[ $# -gt 0 ]]; do
  case "$1" in
    --rounds) rounds="$2"; shift 2 ;;
    --claims) claims="$2"; shift 2 ;;
    -h|--help) sed -n '2,8p' "$0"; exit 0 ;;
    *) commit="$1"; shift ;;
  esac
done

root="$(git -C "$(dirname "$0")" rev-parse --show-toplevel)"
work="$(mktemp -d "${TMPDIR:-/tmp}/conflict-compare-import.XXXXXX")"
old="$work/old"
cleanup() {
  git -C "$root" worktree remove --force "$old" >/dev/null 2>&1 || true
  git -C "$root" worktree prune
  rm -rf "$work"
}
trap cleanup EXIT

# Builds one tree's bench quietly; the log is shown only when the build fails.
build() {
  local tree="$1" log="$work/build-$2.log"
  echo "building $2 bench ($tree)"
  if ! dotnet build "$tree/bench/Conflict.Bench" -c Release -nologo -v q >"$log" 2>&1; then
    tail -n 40 "$log"
    echo "compare-import: the $2 bench does not build" >&2
    exit 1
  fi
}

# Runs one import and prints "<claims/s> <import/baseline %>" from its output (the format both benches print).
run() {
  local dll="$1" log="$2"
  dotnet "$dll" import --claims "$claims" >"$log" 2>&1 || { cat "$log" >&2; echo "compare-import: run failed ($log)" >&2; exit 1; }
  local rate ratio
  rate="$(sed -nE 's/^import: [0-9,]+ claims in .* = ([0-9,]+) claims\/s.*/\1/p' "$log" | tr -d ,)"
  ratio="$(sed -nE 's/^import \/ baseline: ([0-9]+) ?%.*/\1/p' "$log")"
  [[ -n "$rate" ]] || { cat "$log" >&2; echo "compare-import: no claims/s line in $log" >&2; exit 1; }
  echo "$rate ${ratio:-?}"
}

# Median of the numbers on stdin, one a line.
median() {
  sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

full="$(git -C "$root" rev-parse --verify "$commit^{commit}")"
git -C "$root" worktree add --quiet --detach "$old" "$full"
build "$old" old
build "$root" new
old_dll="$old/bench/Conflict.Bench/bin/Release/net10.0/Conflict.Bench.dll"
new_dll="$root/bench/Conflict.Bench/bin/Release/net10.0/Conflict.Bench.dll"

changes="$(git -C "$root" status --porcelain | wc -l)"
echo "import of $claims claims: old = ${full:0:7} (worktree), new = $root (HEAD $(git -C "$root" rev-parse --short HEAD) + $changes changed paths); $rounds interleaved rounds; $(nproc) cores"
printf '%-6s %14s %9s %14s %9s %10s %6s\n' round "old claims/s" "old/base" "new claims/s" "new/base" "new/old" load
ratios=()
for ((r = 1; r <= rounds; r++)); do
  old_run="$(run "$old_dll" "$work/old-$r.log")"
  new_run="$(run "$new_dll" "$work/new-$r.log")"
  read -r old_rate old_base <<<"$old_run"
  read -r new_rate new_base <<<"$new_run"
  ratio="$(awk -v n="$new_rate" -v o="$old_rate" 'BEGIN { printf "%.3f", n / o }')"
  ratios+=("$ratio")
  printf '%-6s %14s %8s%% %14s %8s%% %10s %6s\n' "$r" "$old_rate" "$old_base" "$new_rate" "$new_base" "$ratio" "$(cut -d' ' -f1 /proc/loadavg)"
done

med="$(printf '%s\n' "${ratios[@]}" | median)"
lo="$(printf '%s\n' "${ratios[@]}" | sort -g | head -n1)"
hi="$(printf '%s\n' "${ratios[@]}" | sort -g | tail -n1)"
echo "new/old claims/s: median $med over $rounds rounds (min $lo, max $hi)"
