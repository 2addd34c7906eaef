#!/usr/bin/env bash
# Scores extraction on the two gold sets beside the repo — the seed articles and the
# development set of 28 articles from 14 other theaters — prints each set's scores and its
# recall per relation type, and fails below the gates. Usage: bench/quality.sh [SHARED_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
shared=${1:-../shared}
cargo build --release --quiet
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# score SET DOCS GOLD ACTORS: ingest, export, print the scores, keep them as JSON.
score() {
    local set=$1 docs=$2 gold=$3 actors=$4
    ./target/release/tiegraph ingest --quiet --db "$tmp/$set.db" "$docs"
    ./target/release/tiegraph export --db "$tmp/$set.db" --format eval-jsonl --out "$tmp/$set.jsonl"
    echo "== $set"
    python3 "$shared/eval/score.py" "$gold" "$actors" "$tmp/$set.jsonl"
    python3 "$shared/eval/score.py" "$gold" "$actors" "$tmp/$set.jsonl" --json > "$tmp/$set.score.json"
    cp "$gold" "$tmp/$set.gold.jsonl"
}

score seeds "$shared/seeds" "$shared/eval/seeds.gold.jsonl" "$shared/eval/actors.jsonl"
if [ -d "$shared/eval/dev/docs" ]; then
    score dev "$shared/eval/dev/docs" "$shared/eval/dev/gold.jsonl" "$shared/eval/dev/actors.jsonl"
fi

python3 - "$tmp" <<'PY'
import json, os, sys

tmp = sys.argv[1]
SCORED = {"asserted", "hedged"}
SYMMETRIC = {"ties", "fights_alongside", "kinship", "hostile", "negotiates"}


def key(c):
    s, r, o = c["subject"], c["relation"], c["object"]
    if r in SYMMETRIC and o < s:
        s, o = o, s
    return (s, r, o, c["polarity"])


def per_relation(name):
    """Recall per relation type: gold claims found / gold claims, from score.py's misses."""
    score = json.load(open(os.path.join(tmp, name + ".score.json")))
    total, missed = {}, {}
    for line in open(os.path.join(tmp, name + ".gold.jsonl")):
        g = json.loads(line)
        keys = {key(c) for c in g["claims"] if c["modality"] in SCORED}
        lost = {tuple(m) for m in score["misses"][g["doc"]]["missed"]}
        for k in keys:
            total[k[1]] = total.get(k[1], 0) + 1
            missed[k[1]] = missed.get(k[1], 0) + (k in lost)
    print(f"\n{name}: recall per relation (found / gold)")
    for rel in sorted(total, key=lambda r: -total[r]):
        found = total[rel] - missed[rel]
        print(f"  {rel:20} {found:4} / {total[rel]:<4} {found / total[rel]:.2f}")
    return score


# The gates: about 0.04 below what the sessions have reached on each set (claims F1
# 0.676 / 0.724, ties 0.769 / 0.769, actors 0.918 / 0.952, attribution 0.926 / 0.913,
# modality 1.0 / 0.971, metadata 1.0 / 0.867 on seeds / dev), so that a regression on
# reporting from other theaters fails CI as surely as one on the seeds.
GATES = {
    "seeds": {"metadata": 0.9, "reuse precision": 1.0, "reuse recall": 1.0,
              "actors F1": 0.86, "claims F1": 0.63, "ties F1": 0.73, "attribution": 0.88},
    "dev": {"reuse precision": 1.0, "reuse recall": 1.0, "actors F1": 0.90,
            "claims F1": 0.68, "ties F1": 0.73, "attribution": 0.87, "metadata": 0.81},
}
failed = []
for name, gates in GATES.items():
    if not os.path.exists(os.path.join(tmp, name + ".score.json")):
        continue
    s = per_relation(name)
    got = {"metadata": s["metadata"], "reuse precision": s["reuse"]["precision"],
           "reuse recall": s["reuse"]["recall"], "actors F1": s["actors"]["f1"],
           "claims F1": s["claims"]["f1"], "ties F1": s["ties"]["f1"],
           "attribution": s["attribution"]}
    failed += [f"{name} {g} {got[g]:.3f} < {want}" for g, want in gates.items() if got[g] < want]
for f in failed:
    print("quality gate failed:", f)
sys.exit(1 if failed else 0)
PY
echo "quality gates passed"
