#!/usr/bin/env bash
# Runs bench-receiver.sh several times in a row and sums the runs up against issue 2's target.
#
#   tests/benchmarks/bench-rounds.sh [ROUNDS] [PATH/TO/hookyard]      (default: 10, build/bin/hookyard)
#
# One machine's speed moves between minutes more than a receiver change does (RESULTS.md: the
# Node reference alone measured 3.3k/s and 5.8k/s within ten minutes),
# so one run says little about whether the target is met reliably. Each round is a whole
# bench-receiver.sh run (Hookyard, then the reference, in turn); the rounds' full outputs stay in
# a folder that is printed at the end. Prints one markdown table row per round (RESULTS.md's
# tables), how many rounds met the target, and the medians. The environment is passed on
# (BENCH_SYNC, BENCH_DURATION ...); the reference and synchronous=normal must run (anything else
# is refused).
# Exit status: 0 when every round completed and stored every acknowledged delivery.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
rounds=${1:-10}
bin=${2:-$here/../../build/bin/hookyard}

die() { echo "bench-rounds: $*" >&2; exit 1; }
[[ "$rounds" =~ ^[1-9][0-9]*$ ]] || die "ROUNDS must be a positive number, not '$rounds'"
[ "${BENCH_REFERENCE:-1}" = 1 ] || die "the target is judged against the reference: unset BENCH_REFERENCE"
[[ " ${BENCH_SYNC-normal full} " == *" normal "* ]] || die "the target is judged on synchronous=normal: BENCH_SYNC must include it"
[ -x "$bin" ] || die "no hookyard binary at $bin (build it first, or pass its path)"

out=$(mktemp -d "${TMPDIR:-/tmp}/hookyard-rounds.XXXXXX")
status=0
for i in $(seq 1 "$rounds"); do
    started=$(date -u +%H:%M)
    echo "bench-rounds: round $i of $rounds ($started UTC)" >&2
    if ! "$here/bench-receiver.sh" "$bin" >"$out/round-$i.txt" 2>"$out/round-$i.err"; then
        status=1
        echo "bench-rounds: round $i failed (see $out/round-$i.err)" >&2
    fi
    echo "$started" >"$out/round-$i.started"
done

python3 - "$out" "$rounds" <<'PY'
import os, re, statistics, sys
out, rounds = sys.argv[1], int(sys.argv[2])
row_re = re.compile(r"^(hookyard serve \(synchronous=(\w+)\)|node/express reference \(stores nothing\))\s+(.*)$")
rows, met = [], 0
ratios, p99s, ours, refs = [], [], [], []
for i in range(1, rounds + 1):
    path = os.path.join(out, f"round-{i}.txt")
    if not os.path.exists(path):
        continue
    started = open(os.path.join(out, f"round-{i}.started")).read().strip()
    runs, verdict = {}, None
    for line in open(path, errors="replace"):
        m = row_re.match(line)
        if m:
            key = m.group(2) or "reference"
            f = m.group(3).split()
            runs[key] = {"rps": float(f[0]), "p50": f[1], "p99": float(f[2]), "p999": f[3]}
        if line.startswith("target ("):
            verdict = line.split(": ", 1)[1].strip()
    if "normal" not in runs or "reference" not in runs:
        rows.append(f"| {started} | run incomplete | | | | | |")
        continue
    n, ref = runs["normal"], runs["reference"]
    ratio = n["rps"] / ref["rps"]
    ok = verdict == "met"
    met += ok
    ratios.append(ratio); p99s.append(n["p99"]); ours.append(n["rps"]); refs.append(ref["rps"])
    full = runs.get("full")
    full_cells = f"{full['rps']:,.0f}/s | {full['p99']:.1f} ms" if full else "- | -"
    p99 = f"**{n['p99']:.1f}**" if n["p99"] < 5 else f"{n['p99']:.1f}"
    ratio_cell = f"**{ratio:.2f}×**" if ok else f"{ratio:.2f}×"
    rows.append(f"| {started} | {n['rps']:,.0f}/s | {float(n['p50']):.1f} / {p99} / {float(n['p999']):.1f} ms "
                f"| {full_cells} | {ref['rps']:,.0f}/s | {ratio_cell} |")
print("| run started (UTC) | `synchronous=normal` | p50 / p99 / p99.9 | `synchronous=full` | p99 | reference | vs reference |")
print("|---|---|---|---|---|---|---|")
print("\n".join(rows))
print()
if ratios:
    print(f"target met in {met} of {len(ratios)} rounds; ratio {min(ratios):.2f}-{max(ratios):.2f}x "
          f"(median {statistics.median(ratios):.2f}x, {sum(r >= 3 for r in ratios)} at least 3x); "
          f"p99 {min(p99s):.1f}-{max(p99s):.1f} ms (median {statistics.median(p99s):.1f} ms, "
          f"{sum(p < 5 for p in p99s)} under 5 ms); medians {statistics.median(ours):,.0f}/s "
          f"against {statistics.median(refs):,.0f}/s")
PY
echo "bench-rounds: every round's output is in $out" >&2
exit "$status"
