#!/usr/bin/env bash
# Scores the release build on the audits in eval/audits (see eval/README.md): one line of
# claims, ties and actors per audit. Usage: bench/audits.sh [SHARED_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
shared=${1:-../shared}
cargo build --release --quiet
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for dir in eval/audits/*/; do
    name=$(basename "$dir")
    ./target/release/tiegraph ingest --quiet --db "$tmp/$name.db" "$dir/docs"
    ./target/release/tiegraph export --db "$tmp/$name.db" --format eval-jsonl --out "$tmp/$name.jsonl"
    python3 "$shared/eval/score.py" "$dir/gold.jsonl" "$dir/actors.jsonl" "$tmp/$name.jsonl" --json \
        | python3 -c '
import json, sys
r = json.load(sys.stdin)
cells = ["%s F1 %.3f (P %.3f R %.3f)" % (k, r[k]["f1"], r[k]["precision"], r[k]["recall"])
         for k in ("claims", "ties", "actors")]
print(sys.argv[1].ljust(5), " | ".join(cells))' "$name"
done
