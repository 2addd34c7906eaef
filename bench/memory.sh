#!/usr/bin/env bash
# Memory curve of one long ingest: samples the resident memory of `tiegraph ingest FILE`
# and the size of the store it writes every INTERVAL seconds (default 20), then prints
# the curve at each tenth of the run and the growth over its second half. Memory is flat
# when the second half adds (almost) nothing: the caches are full and nothing else grows
# with the input.
#
# usage: bench/memory.sh FILE [WORK_DIR]
#   FILE: a large input, e.g. the 1 GB dump or WARC that bench/readers.sh builds.
# TIEGRAPH_BIN=path measures that binary instead of building target/release/tiegraph.
set -euo pipefail
cd "$(dirname "$0")/.."
input=${1:?usage: bench/memory.sh FILE [WORK_DIR]}
work=${2:-$(mktemp -d /tmp/tiegraph-memory.XXXXXX)}
interval=${INTERVAL:-20}
if [ -z "${TIEGRAPH_BIN:-}" ]; then cargo build --release --quiet; fi
bin=${TIEGRAPH_BIN:-${CARGO_TARGET_DIR:-$PWD/target}/release/tiegraph}
mkdir -p "$work"
db="$work/memory.db"
rm -f "$db" "$db-wal" "$db-shm"
samples="$work/memory.samples"
: > "$samples"

/usr/bin/time -f '%M %e' -o "$work/memory.time" \
    "$bin" ingest --quiet --db "$db" "$input" > "$work/memory.out" 2> "$work/memory.err" &
runner=$!
# /usr/bin/time forks the ingest: sample the child, not the timer.
pid=""
for _ in $(seq 50); do
    pid=$(pgrep -P "$runner" || true)
    [ -n "$pid" ] && break
    sleep 0.1
done
start=$(date +%s)
while kill -0 "$runner" 2>/dev/null; do
    rss=$(awk '/^VmRSS/ {print $2}' "/proc/$pid/status" 2>/dev/null || true)
    store=$( (du -cb "$db" "$db-wal" 2>/dev/null || true) | tail -n 1 | cut -f1)
    [ -n "$rss" ] && echo "$(( $(date +%s) - start )) $rss ${store:-0}" >> "$samples"
    sleep "$interval"
done
wait "$runner" || { echo "ingest failed: see $work/memory.err" >&2; exit 1; }

python3 - "$samples" "$work/memory.time" "$input" <<'PY'
import os, sys
rows = [tuple(int(x) for x in l.split()) for l in open(sys.argv[1]) if l.strip()]
peak_kb, secs = open(sys.argv[2]).read().split()
size = os.path.getsize(sys.argv[3])
print(f"input {sys.argv[3]}: {size / 1e6:.0f} MB, ingested in {float(secs):.0f} s, "
      f"peak RSS {int(peak_kb) / 1024:.0f} MB")
print(f"{'run':>5} {'seconds':>8} {'store MB':>9} {'RSS MB':>7}")
for tenth in range(1, 11):
    t, rss, store = rows[max(0, min(len(rows) - 1, tenth * len(rows) // 10 - 1))]
    print(f"{tenth * 10:>4}% {t:>8} {store / 1e6:>9.0f} {rss / 1024:>7.0f}")
half = rows[len(rows) // 2:]
first, last = half[0][1], max(r[1] for r in half)
print(f"second half: RSS {first / 1024:.0f} -> max {last / 1024:.0f} MB "
      f"(+{(last - first) / 1024:.0f} MB, {100 * (last - first) / first:.1f}%)")
PY
