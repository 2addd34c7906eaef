#!/usr/bin/env bash
# Scale benchmark: builds a synthetic corpus of SIZE MB (default 1024, about 200,000
# articles) from the example articles, ingests it, and prints a Markdown table: ingest
# MB/s, peak memory, database size per MB of text, re-ingest speed, `ties` and `map`
# latency, and export time per format.
#
# usage: bench/scale.sh [SIZE_MB] [WORK_DIR]
# TIEGRAPH_BIN=path measures that binary instead of building target/release/tiegraph.
set -euo pipefail
cd "$(dirname "$0")/.."
size=${1:-1024}
work=${2:-$(mktemp -d /tmp/tiegraph-scale.XXXXXX)}
if [ -z "${TIEGRAPH_BIN:-}" ]; then cargo build --release --quiet; fi
bin=${TIEGRAPH_BIN:-$PWD/target/release/tiegraph}
mkdir -p "$work"
corpus=$work/corpus
db=$work/scale.db
rm -rf "$corpus" "$db" "$db-wal" "$db-shm"

now() { date +%s.%N; }
secs() { python3 -c "print(f'{$2 - $1:.2f}')"; }
# Peak resident memory (MB) of the last command run through `measure NAME cmd...`.
measure() { local name=$1; shift; /usr/bin/time -f '%M' -o "$work/rss.$name" "$@"; }
peak() { echo $(( $(tail -n 1 "$work/rss.$1") / 1024 )); }

t0=$(now)
"$bin" synth --from examples/articles --size-mb "$size" --out "$corpus" >/dev/null
t1=$(now)
bytes=$(du -sb "$corpus" | cut -f1)
docs=$(find "$corpus" -name '*.txt' | wc -l)

measure ingest "$bin" ingest --quiet --db "$db" "$corpus"
t2=$(now)
"$bin" ingest --quiet --db "$db" "$corpus"
t3=$(now)
db_bytes=$(( $(stat -c %s "$db") + $( [ -f "$db-wal" ] && stat -c %s "$db-wal" || echo 0) ))

# The first map assesses every claim and keeps the summaries in the store; the second
# reads them back. The strongest pair on the map is then used for the dossier latency.
map_start=$(now)
measure map "$bin" map --db "$db" > "$work/map.txt"
map_end=$(now)
measure map2 "$bin" map --db "$db" > "$work/map2.txt"
map2_end=$(now)
pair=$(python3 - "$work/map.txt" <<'PY'
import re, sys
for line in open(sys.argv[1]):
    m = re.match(r"\s+[0-9.]+ \w+\s+(.+?) (?:—|→) (.+?) \(", line)
    if m:
        print(m.group(1)); print(m.group(2)); break
PY
)
a=$(echo "$pair" | sed -n 1p); b=$(echo "$pair" | sed -n 2p)
ties_start=$(now)
measure ties "$bin" ties --db "$db" "$a" "$b" > "$work/ties.md"
ties_end=$(now)

exports=""
for f in json graphml gexf stix; do
    s=$(now); measure "$f" "$bin" export --db "$db" --format "$f" --out "$work/export.$f"; e=$(now)
    exports+="| export $f | $(secs "$s" "$e") s | $(du -h "$work/export.$f" | cut -f1), peak memory $(peak "$f") MB |"$'\n'
done
s=$(now); measure csv "$bin" export --db "$db" --format csv --out "$work/export-csv"; e=$(now)
exports+="| export csv | $(secs "$s" "$e") s | $(du -sh "$work/export-csv" | cut -f1), peak memory $(peak csv) MB |"$'\n'

mb=$(python3 -c "print(f'{$bytes/1e6:.1f}')")
ingest_s=$(secs "$t1" "$t2")
cat <<TABLE
Corpus: $docs articles, $mb MB (built in $(secs "$t0" "$t1") s); $(nproc) cores.

| measure | value | |
|---|---:|---|
| ingest | $ingest_s s | $(python3 -c "print(f'{$bytes/1e6/($t2-$t1):.2f}')") MB/s |
| peak memory (ingest) | $(peak ingest) MB | |
| re-ingest, unchanged | $(secs "$t2" "$t3") s | $(python3 -c "print(f'{$bytes/1e6/($t3-$t2):.0f}')") MB/s |
| database | $((db_bytes / 1000000)) MB | $(python3 -c "print(f'{$db_bytes/$bytes:.1f}')") bytes per byte of text |
| map, first (assesses every claim) | $(secs "$map_start" "$map_end") s | peak memory $(peak map) MB |
| map, again (summaries kept in the store) | $(secs "$map_end" "$map2_end") s | peak memory $(peak map2) MB |
| ties "$a" "$b" | $(python3 -c "print(f'{($ties_end-$ties_start)*1000:.0f}')") ms | peak memory $(peak ties) MB |
$exports
TABLE
echo "(work files in $work)"
