#!/usr/bin/env bash
# Ingests the seed articles, exports eval-jsonl, scores it against the gold and fails
# below the gates. Usage: bench/quality.sh [SHARED_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
shared=${1:-../shared}
cargo build --release --quiet
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
./target/release/tiegraph ingest --quiet --db "$tmp/seeds.db" "$shared/seeds"
./target/release/tiegraph export --db "$tmp/seeds.db" --format eval-jsonl --out "$tmp/seeds.jsonl"
python3 "$shared/eval/score.py" "$shared/eval/seeds.gold.jsonl" "$shared/eval/actors.jsonl" "$tmp/seeds.jsonl"
python3 "$shared/eval/score.py" "$shared/eval/seeds.gold.jsonl" "$shared/eval/actors.jsonl" "$tmp/seeds.jsonl" --json > "$tmp/score.json"
python3 - "$tmp/score.json" <<'PY'
import json, sys
s = json.load(open(sys.argv[1]))
gates = [
    ("metadata", s["metadata"], 0.9),
    ("reuse precision", s["reuse"]["precision"], 1.0),
    ("reuse recall", s["reuse"]["recall"], 1.0),
    ("actors F1", s["actors"]["f1"], 0.85),
    ("claims F1", s["claims"]["f1"], 0.55),
    ("ties F1", s["ties"]["f1"], 0.70),
]
failed = [f"{name} {got:.3f} < {want}" for name, got, want in gates if got < want]
for f in failed:
    print("quality gate failed:", f)
sys.exit(1 if failed else 0)
PY
echo "quality gates passed"
