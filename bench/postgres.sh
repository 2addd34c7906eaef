#!/usr/bin/env bash
# PostgreSQL beside SQLite (issue 15): ingest MB/s into each with 1, 2 and 4 writers
# (processes, each given its share of the files), then `ties` and `map` latency on the
# store one writer built.
#
#   bash bench/postgres.sh [SIZE_MB] [SERVER_URL]
#
# SIZE_MB: synthetic corpus size (default 10, about 4,000 articles; 50 gives 20,000).
# SERVER_URL: a PostgreSQL server where databases may be created (default: a scratch
# server started and stopped here, bench/pg-server.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
size=${1:-10}
server=${2:-}
target=${CARGO_TARGET_DIR:-target}
cargo build --release --quiet
bin=$target/release/tiegraph
work=$(mktemp -d)
cleanup() { rm -rf "$work"; [ -z "${PG_DIR:-}" ] || pg_stop; }
trap cleanup EXIT
source bench/pg-server.sh
if [ -z "$server" ]; then
    pg_start >&2
    server=$PG_SERVER
fi
psql_bin=$(command -v psql || echo "${PG_BIN:-/usr/lib/postgresql/15/bin}/psql")
now() { date +%s.%N; }
secs() { python3 -c "print(f'{$2 - $1:.2f}')"; }

"$bin" synth --from examples/articles --size-mb "$size" --out "$work/corpus" >/dev/null
find "$work/corpus" -type f | sort >"$work/files"
bytes=$(du -sb "$work/corpus" | cut -f1)
docs=$(wc -l <"$work/files")
mb=$(python3 -c "print(f'{$bytes/1e6:.1f}')")
cores=$(nproc)
echo "Corpus: $docs articles, $mb MB; $cores cores."
echo
echo "| backend | writers | ingest s | MB/s |"
echo "|---|---:|---:|---:|"

# A fresh store number $2 for backend $1: its --db.
fresh() {
    local n=$2
    if [ "$1" = sqlite ]; then
        echo "$work/store-$n.db"
    else
        "$psql_bin" -q "$server" -c "DROP DATABASE IF EXISTS tiegraph_bench_$n" -c "CREATE DATABASE tiegraph_bench_$n" >/dev/null 2>&1
        echo "${server%/*}/tiegraph_bench_$n"
    fi
}

for backend in sqlite postgres; do
    for writers in 1 2 4; do
        db=$(fresh "$backend" "$writers")
        # PostgreSQL's schema first (any command creates it), not timed.
        [ "$backend" = sqlite ] || "$bin" docs --db "$db" >/dev/null
        jobs=$(( (cores + writers - 1) / writers ))
        split -n "r/$writers" -d "$work/files" "$work/share."
        t0=$(now)
        pids=()
        for share in "$work"/share.*; do
            xargs -a "$share" "$bin" ingest --quiet --jobs "$jobs" --db "$db" &
            pids+=($!)
        done
        for p in "${pids[@]}"; do wait "$p"; done
        t1=$(now)
        rm -f "$work"/share.*
        s=$(secs "$t0" "$t1")
        echo "| $backend | $writers | $s | $(python3 -c "print(f'{$bytes/1e6/$s:.2f}')") |"
        stored=$("$bin" docs --db "$db" --format json | python3 -c 'import json,sys; print(len(json.load(sys.stdin)))')
        [ "$stored" = "$docs" ] || { echo "$backend, $writers writers: $stored documents stored of $docs" >&2; exit 1; }
        [ "$writers" = 1 ] && eval "one_$backend=\$db"
    done
done

echo
echo "| backend | ties (pair of the strongest tie) s | map, first s | map, kept s |"
echo "|---|---:|---:|---:|"
for backend in sqlite postgres; do
    eval "db=\$one_$backend"
    pair=$("$bin" map --db "$db" --format json 2>/dev/null | python3 -c 'import json,sys; t=json.load(sys.stdin)["strongest"][0]; print(t["subject"]); print(t["object"])')
    a=$(sed -n 1p <<<"$pair"); b=$(sed -n 2p <<<"$pair")
    # The JSON map above is kept under its own options: the first text map computes.
    t0=$(now); "$bin" ties "$a" "$b" --db "$db" >/dev/null 2>&1; t1=$(now)
    "$bin" map --db "$db" >/dev/null 2>&1; t2=$(now)
    "$bin" map --db "$db" >/dev/null 2>&1; t3=$(now)
    echo "| $backend | $(secs "$t0" "$t1") | $(secs "$t1" "$t2") | $(secs "$t2" "$t3") |"
done
