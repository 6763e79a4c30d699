#!/usr/bin/env bash
# compare_builds.sh WORKTREE OUTDIR  (written in session 40 as cmp40.sh)
#
# Runs calfeed from WORKTREE (PYTHONPATH=WORKTREE, /work/venv's python unless $PYTHON is set) on:
#   - timex: TempEval-3 TBAQ and Platinum (/work/shared/corpora/tempeval3), scored with /work/shared/tools/timex_eval.py
#   - the seeds build: WORKTREE/seeds -> OUTDIR/seeds, compared byte for byte with WORKTREE/output
#   - rounds R48-R53: /work/rounds/rNN/docs -> OUTDIR/rNN, scored with WORKTREE/benchmarks/rounds/score_round.py
# and prints one table (also written to OUTDIR/table.txt). Everything it writes is under OUTDIR
# (timex/*.jsonl, seeds/, rNN/, *.score.txt, *.log); `diff -r` two OUTDIRs to compare runs (e.g. against
# /work/rounds/base, which is this script's output on main fcbc1aa).
# No state: builds run with --no-cache and a throw-away CALFEED_CACHE_DIR that is removed at the end.
# Round pages are whatever /work/rounds/rNN/docs holds now (see benchmarks/rounds/restored_session40.md for absent pages),
# so compare a branch with a base made from the same pages. ROUNDS="48 49" cmp40.sh ... runs a subset.
set -u
if [ $# -ne 2 ]; then
    echo "usage: $0 WORKTREE OUTDIR" >&2
    exit 2
fi
WT=$(cd "$1" && pwd) || exit 2
mkdir -p "$2" || exit 2
OUT=$(cd "$2" && pwd)
PY=${PYTHON:-/work/venv/bin/python}
TE=/work/shared/corpora/tempeval3
EVAL=/work/shared/tools/timex_eval.py
ROUNDS=${ROUNDS:-"48 49 50 51 52 53"}
CACHE=$(mktemp -d "${TMPDIR:-/tmp}/cmp40-cache.XXXXXX")
trap 'rm -rf "$CACHE"' EXIT
export PYTHONPATH="$WT" CALFEED_CACHE_DIR="$CACHE"

cf() { (cd "$WT" && "$PY" -m calfeed.cli --no-cache "$@"); }

mod=$(cd /tmp && "$PY" -c 'import calfeed; print(calfeed.__file__)')
case "$mod" in
    "$WT"/*) ;;
    *) echo "calfeed is imported from $mod, not from $WT" >&2; exit 2 ;;
esac
rev=$(git -C "$WT" rev-parse --short HEAD 2>/dev/null || echo "?")
dirty=$(git -C "$WT" status --porcelain --untracked-files=no 2>/dev/null | grep -q . && echo " (+uncommitted changes)")

rows=()

# timex
mkdir -p "$OUT/timex"
for set in tbaq platinum; do
    sys="$OUT/timex/$set.jsonl"
    if cf timex --docs "$TE/$set-docs.jsonl" --out "$sys" >"$OUT/timex/$set.log" 2>&1; then
        "$PY" "$EVAL" score --gold "$TE/$set-gold.jsonl" --system "$sys" >"$OUT/timex/$set.score.txt" 2>&1
        line=$("$PY" "$EVAL" score --gold "$TE/$set-gold.jsonl" --system "$sys" --json 2>/dev/null | "$PY" -c '
import json, sys
try:
    r = json.load(sys.stdin)
except ValueError:
    sys.exit(print("scoring FAILED (see timex/*.score.txt)"))
f = lambda k: "%.2f" % (100 * r[k]["f1"])
print("strict %s  relaxed %s  type %s  value %s  (F1%%; gold %d, system %d)" % (
    f("strict"), f("relaxed"), f("type"), f("value"), r["gold"], r["system"]))')
    else
        line="FAILED (see timex/$set.log)"
    fi
    rows+=("$(printf '%-10s %s' "$set" "$line")")
done

# seeds build, compared with the committed output/
rm -rf "$OUT/seeds"
if cf build seeds -o "$OUT/seeds" >"$OUT/seeds.log" 2>&1; then
    if diff -r -q "$WT/output" "$OUT/seeds" >"$OUT/seeds.diff" 2>&1; then
        same="identical to WORKTREE/output"
    else
        same="DIFFERS from WORKTREE/output (see seeds.diff)"
    fi
    line="$(tail -n 1 "$OUT/seeds.log" | sed 's/ ->.*//'); $same"
else
    line="FAILED (see seeds.log)"
fi
rows+=("$(printf '%-10s %s' seeds "$line")")

# rounds
for n in $ROUNDS; do
    docs=/work/rounds/r$n/docs
    if [ ! -d "$docs" ]; then
        rows+=("$(printf '%-10s %s' "R$n" "no pages in $docs")")
        continue
    fi
    rm -rf "$OUT/r$n"
    if cf build "$docs" -o "$OUT/r$n" >"$OUT/r$n.log" 2>&1; then
        "$PY" "$WT/benchmarks/rounds/score_round.py" "$WT/benchmarks/rounds/r$n" "$docs" "$OUT/r$n" --verbose \
            >"$OUT/r$n.score.txt" 2>&1
        tot=$(grep '^TOTAL' "$OUT/r$n.score.txt" | "$PY" -c '
import re, sys
t = sys.stdin.read()
m = re.search(r"expected (\d+): right (\d+), wrong detail (\d+), missed (\d+); false (\d+), must-not hits (\d+)", t)
print("right/wrong/missed %s / %s / %s of %s; false %s, must-not %s" % (m[2], m[3], m[4], m[1], m[5], m[6]) if m
      else "no TOTAL line (see score file)")')
        npages=$(ls "$docs" | grep -c '\.md$')
        line="$tot  [$npages pages]"
    else
        line="BUILD FAILED (see r$n.log)"
    fi
    rows+=("$(printf '%-10s %s' "R$n" "$line")")
done

{
    echo "cmp40: $WT at $rev$dirty -> $OUT"
    printf '%s\n' "${rows[@]}"
} | tee "$OUT/table.txt"
