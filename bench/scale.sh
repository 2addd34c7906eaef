#!/usr/bin/env bash
# Scale benchmark: builds a synthetic corpus of SIZE MB (default 1024, about 400,000
# articles) from the example articles, ingests it, and prints a Markdown table: ingest
# MB/s, peak memory, database size per MB of text, re-ingest speed, `map` and `ties`
# latency, and export time per format. Rows are printed as they are measured, so a long
# run shows its figures as it goes.
#
# usage: bench/scale.sh [SIZE_MB] [WORK_DIR]
# TIEGRAPH_BIN=path measures that binary instead of building target/release/tiegraph.
# SCALE_EXPORTS="json csv" limits the exports measured (default: all five).
set -euo pipefail
cd "$(dirname "$0")/.."
size=${1:-1024}
work=${2:-$(mktemp -d /tmp/tiegraph-scale.XXXXXX)}
if [ -z "${TIEGRAPH_BIN:-}" ]; then cargo build --release --quiet; fi
bin=${TIEGRAPH_BIN:-$PWD/target/release/tiegraph}
exports=${SCALE_EXPORTS:-json graphml gexf stix csv}
mkdir -p "$work"
corpus=$work/corpus
db=$work/scale.db
rm -rf "$corpus" "$db" "$db-wal" "$db-shm"

now() { date +%s.%N; }
secs() { python3 -c "print(f'{$2 - $1:.2f}')"; }
# Peak resident memory (MB) of the last command run through `measure NAME cmd...`.
measure() { local name=$1; shift; /usr/bin/time -f '%M' -o "$work/rss.$name" "$@"; }
peak() { echo $(( $(tail -n 1 "$work/rss.$1") / 1024 )); }
row() { echo "| $1 | $2 | $3 |"; }

t0=$(now)
"$bin" synth --from examples/articles --size-mb "$size" --out "$corpus" >/dev/null
t1=$(now)
bytes=$(du -sb "$corpus" | cut -f1)
docs=$(find "$corpus" -name '*.txt' | wc -l)
mb=$(python3 -c "print(f'{$bytes/1e6:.1f}')")
echo "Corpus: $docs articles, $mb MB (built in $(secs "$t0" "$t1") s); $(nproc) cores; work files in $work."
echo
echo "| measure | value | |"
echo "|---|---:|---|"

t1=$(now)
measure ingest "$bin" ingest --quiet --db "$db" "$corpus"
t2=$(now)
row "ingest" "$(secs "$t1" "$t2") s" "$(python3 -c "print(f'{$bytes/1e6/($t2-$t1):.2f}')") MB/s, peak memory $(peak ingest) MB"
"$bin" ingest --quiet --db "$db" "$corpus"
t3=$(now)
row "re-ingest, unchanged" "$(secs "$t2" "$t3") s" "$(python3 -c "print(f'{$bytes/1e6/($t3-$t2):.0f}')") MB/s"
db_bytes=$(( $(stat -c %s "$db") + $( [ -f "$db-wal" ] && stat -c %s "$db-wal" || echo 0) ))
row "database" "$((db_bytes / 1000000)) MB" "$(python3 -c "print(f'{$db_bytes/$bytes:.1f}')") bytes per byte of text"

# The first map assesses every claim and keeps what it printed in the store; the second
# prints that again. The strongest pair on the map is then used for the dossier latency.
s=$(now)
measure map "$bin" map --db "$db" > "$work/map.txt"
e=$(now)
row "map, first (assesses every claim)" "$(secs "$s" "$e") s" "peak memory $(peak map) MB"
s=$(now)
measure map2 "$bin" map --db "$db" > "$work/map2.txt"
e=$(now)
row "map, again (store unchanged)" "$(secs "$s" "$e") s" "peak memory $(peak map2) MB"
pair=$(python3 - "$work/map.txt" <<'PY'
import re, sys
for line in open(sys.argv[1]):
    m = re.match(r"\s+[0-9.]+ \w+\s+(.+?) (?:—|→) (.+?) \(", line)
    if m:
        print(m.group(1)); print(m.group(2)); break
PY
)
a=$(echo "$pair" | sed -n 1p); b=$(echo "$pair" | sed -n 2p)
s=$(now)
measure ties "$bin" ties --db "$db" "$a" "$b" > "$work/ties.md"
e=$(now)
row "ties \"$a\" \"$b\" (strongest pair)" "$(python3 -c "print(f'{($e-$s)*1000:.0f}')") ms" "peak memory $(peak ties) MB, $(du -h "$work/ties.md" | cut -f1) dossier"

# A pair of ordinary size: the first with 20 to 40 claims.
pair=$(python3 - "$db" <<'PY'
import sqlite3, sys
db = sqlite3.connect(f"file:{sys.argv[1]}?mode=ro", uri=True)
row = db.execute("""SELECT a.name, b.name FROM
    (SELECT subject_id s, object_id o FROM claim GROUP BY 1, 2 HAVING count(*) BETWEEN 20 AND 40 LIMIT 1) p
    JOIN actor a ON a.id = p.s JOIN actor b ON b.id = p.o""").fetchone()
if row:
    print(row[0]); print(row[1])
PY
)
if [ -n "$pair" ]; then
    a=$(echo "$pair" | sed -n 1p); b=$(echo "$pair" | sed -n 2p)
    s=$(now)
    measure ties2 "$bin" ties --db "$db" "$a" "$b" > "$work/ties2.md"
    e=$(now)
    row "ties \"$a\" \"$b\" (20 to 40 claims)" "$(python3 -c "print(f'{($e-$s)*1000:.0f}')") ms" "peak memory $(peak ties2) MB, $(du -h "$work/ties2.md" | cut -f1) dossier"
fi

for f in $exports; do
    out=$work/export.$f
    [ "$f" = csv ] && out=$work/export-csv
    s=$(now); measure "$f" "$bin" export --db "$db" --format "$f" --out "$out"; e=$(now)
    row "export $f" "$(secs "$s" "$e") s" "$(du -sh "$out" | cut -f1), peak memory $(peak "$f") MB"
done
