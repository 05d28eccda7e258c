#!/usr/bin/env bash
# Usage: bench/compare-import.sh [COMMIT] [--rounds N] [--claims N]
#
# `import` claims/s of this working tree against COMMIT (default fe5c02b, the last commit on the home-made gRPC
# transport), measured in the same run: a git worktree of COMMIT is built beside this tree's bench, then the two
# run in interleaved rounds (old, new, old, new, ...) so that a change in the machine's load hits both alike.
# Prints each run's claims/s, claims per CPU-second (client + server CPU time: the cost, a second view when other
# work shares the machine) and import/baseline figure, each round's ratios new/old, and the median and spread of the
# ratios. The worktree is removed at the end, whatever happens.
set -euo pipefail

commit=fe5c02b
rounds=3
claims=200000
while [[ $# -gt 0 ]]; do
  case "$1" in
    --rounds) rounds="$2"; shift 2 ;;
    --claims) claims="$2"; shift 2 ;;
    -h|--help) sed -n '2,/^set -euo/{/^#/p}' "$0"; exit 0 ;;
    *) commit="$1"; shift ;;
  esac
done

root="$(git -C "$(dirname "$0")" rev-parse --show-toplevel)"
work="$(mktemp -d "${TMPDIR:-/tmp}/conflict-compare-import.XXXXXX")"
old="$work/old"
# Removes only this script's worktree (no `git worktree prune`: other worktrees of the repository are not ours).
cleanup() {
  git -C "$root" worktree remove --force "$old" >/dev/null 2>&1 || true
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

# Runs one import and prints "<claims/s> <claims per CPU-second> <import/baseline %>" from its output (the lines
# both benches print).
run() {
  local dll="$1" log="$2"
  dotnet "$dll" import --claims "$claims" >"$log" 2>&1 || { cat "$log" >&2; echo "compare-import: run failed ($log)" >&2; exit 1; }
  local rate cpu ratio
  rate="$(sed -nE 's/^import: [0-9,]+ claims in .* = ([0-9,]+) claims\/s.*/\1/p' "$log" | tr -d ,)"
  cpu="$(sed -nE 's/^import: CPU .* = ([0-9,]+) claims per CPU-second.*/\1/p' "$log" | tr -d ,)"
  ratio="$(sed -nE 's/^import \/ baseline: ([0-9]+) ?%.*/\1/p' "$log")"
  [[ -n "$rate" ]] || { cat "$log" >&2; echo "compare-import: no claims/s line in $log" >&2; exit 1; }
  echo "$rate ${cpu:-?} ${ratio:-?}"
}

# "median M (min A, max B)" of the numbers given as arguments.
summary() {
  printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 }
    END { m = NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2; printf "median %.3f (min %.3f, max %.3f)\n", m, v[1], v[NR] }'
}

ratio() { awk -v n="$1" -v o="$2" 'BEGIN { printf "%.3f", n / o }'; }

full="$(git -C "$root" rev-parse --verify "$commit^{commit}")"
git -C "$root" worktree add --quiet --detach "$old" "$full"
build "$old" old
build "$root" new
old_dll="$old/bench/Conflict.Bench/bin/Release/net10.0/Conflict.Bench.dll"
new_dll="$root/bench/Conflict.Bench/bin/Release/net10.0/Conflict.Bench.dll"

changes="$(git -C "$root" status --porcelain | wc -l)"
echo "import of $claims claims: old = ${full:0:7} (worktree), new = $root (HEAD $(git -C "$root" rev-parse --short HEAD) + $changes changed paths); $rounds interleaved rounds; $(nproc) cores"
printf '%-5s | %9s %9s %8s | %9s %9s %8s | %7s %7s | %5s\n' round "old c/s" "old c/cpu" "old/base" "new c/s" "new c/cpu" "new/base" "c/s" "c/cpu" load
rates=() cpus=()
for ((r = 1; r <= rounds; r++)); do
  old_run="$(run "$old_dll" "$work/old-$r.log")"
  new_run="$(run "$new_dll" "$work/new-$r.log")"
  read -r old_rate old_cpu old_base <<<"$old_run"
  read -r new_rate new_cpu new_base <<<"$new_run"
  rates+=("$(ratio "$new_rate" "$old_rate")")
  cpus+=("$(ratio "$new_cpu" "$old_cpu")")
  printf '%-5s | %9s %9s %7s%% | %9s %9s %7s%% | %7s %7s | %5s\n' "$r" "$old_rate" "$old_cpu" "$old_base" \
    "$new_rate" "$new_cpu" "$new_base" "${rates[-1]}" "${cpus[-1]}" "$(cut -d' ' -f1 /proc/loadavg)"
done
echo "(c/s = claims/s; c/cpu = claims per CPU-second; base = import / same-run storage baseline; last columns: new/old)"
echo "new/old claims/s over $rounds rounds: $(summary "${rates[@]}")"
echo "new/old claims per CPU-second over $rounds rounds: $(summary "${cpus[@]}")"
