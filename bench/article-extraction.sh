#!/usr/bin/env bash
# Main-text extraction on the public article-extraction benchmark (181 news and blog
# pages with hand-checked bodies, in ../shared/peers/article-extraction/): runs
# `tiegraph read --format jsonl` over the gzipped pages, writes the predictions JSON
# (page id -> {"articleBody": text}), scores it with the benchmark's score_body.py and
# prints body F1, precision, recall and throughput. Fails below body F1 $MIN_F1 (0.93).
#
# The text of record starts with the headline (so claims made in it keep their evidence);
# the benchmark's bodies do not, so the headline paragraph is taken off before scoring.
#
# usage: bench/article-extraction.sh [BENCH_DIR]   (env: MIN_F1, OUT_DIR, KEEP_TITLE=1)
set -euo pipefail
cd "$(dirname "$0")/.."
BENCH="${1:-../shared/peers/article-extraction}"
MIN_F1="${MIN_F1:-0.93}"
OUT="${OUT_DIR:-target/article-extraction}"
mkdir -p "$OUT"

cargo build --release --quiet
BIN=target/release/tiegraph

shopt -s nullglob
pages=("$BENCH"/html/*.html.gz)
if [ "${#pages[@]}" -eq 0 ]; then
    echo "no pages under $BENCH/html" >&2
    exit 2
fi

start=$(date +%s.%N)
"$BIN" read --format jsonl "${pages[@]}" >"$OUT/read.jsonl" 2>"$OUT/read.stderr" || true
end=$(date +%s.%N)

python3 - "$OUT/read.jsonl" "$OUT/predictions.json" "$start" "$end" "${KEEP_TITLE:-0}" "${pages[@]}" <<'PY'
import gzip, json, os, sys
src, dst, start, end, keep_title, pages = sys.argv[1], sys.argv[2], float(sys.argv[3]), float(sys.argv[4]), sys.argv[5] == "1", sys.argv[6:]
pred = {}
for line in open(src, encoding="utf-8"):
    rec = json.loads(line)
    page = os.path.basename(rec["path"]).split(".")[0]
    text = rec.get("text") or ""
    title = (rec.get("title") or "").strip()
    if not keep_title and title and text.startswith(title):
        text = text[len(title):].lstrip("\n")
    pred[page] = {"articleBody": text}
json.dump(pred, open(dst, "w", encoding="utf-8"), ensure_ascii=False)
mb = sum(len(gzip.open(p).read()) for p in pages) / 1e6
secs = max(end - start, 1e-9)
print(f"read {len(pred)}/{len(pages)} pages, {mb:.1f} MB of HTML in {secs:.2f} s: "
      f"{len(pages) / secs:.0f} pages/s, {mb / secs:.1f} MB/s (one process, gunzip included)")
PY

python3 "$BENCH/score_body.py" "$OUT/predictions.json" | tee "$OUT/score.txt"
f1=$(sed -n 's/^body F1 \([0-9.]*\).*/\1/p' "$OUT/score.txt")
if python3 -c "import sys; sys.exit(0 if float('$f1') >= float('$MIN_F1') else 1)"; then
    echo "ok: body F1 $f1 >= $MIN_F1"
else
    echo "FAIL: body F1 $f1 below $MIN_F1" >&2
    exit 1
fi
