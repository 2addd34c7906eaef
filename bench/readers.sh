#!/usr/bin/env bash
# Readers benchmark: memory and speed of the readers of files that hold many documents.
# Builds a synthetic corpus of SIZE MB of text from the example articles (as bench/scale.sh
# does), packs it into a JSON Lines dump (news-please's field names) and a gzip-compressed
# WARC (one record a member, each article served as an HTML page), then measures, with
# peak resident memory:
#   - `tiegraph read` over each whole file (the reader alone: records parsed, HTML pages
#     read, documents printed and thrown away);
#   - `tiegraph ingest` of each file (INGEST_MB=N limits it to the first N MB of records,
#     as a full ingest runs at the pipeline's 2-3 MB/s; INGEST_MB=0 skips it).
# Memory must stay flat: it should not grow with the size of the file.
#
# usage: bench/readers.sh [SIZE_MB] [WORK_DIR]
# TIEGRAPH_BIN=path measures that binary instead of building target/release/tiegraph.
set -euo pipefail
cd "$(dirname "$0")/.."
size=${1:-1024}
work=${2:-$(mktemp -d /tmp/tiegraph-readers.XXXXXX)}
ingest_mb=${INGEST_MB:-64}
if [ -z "${TIEGRAPH_BIN:-}" ]; then cargo build --release --quiet; fi
bin=${TIEGRAPH_BIN:-${CARGO_TARGET_DIR:-$PWD/target}/release/tiegraph}
mkdir -p "$work"

now() { date +%s.%N; }
secs() { python3 -c "print(f'{$2 - $1:.1f}')"; }
measure() { local name=$1; shift; /usr/bin/time -f '%M' -o "$work/rss.$name" "$@"; }
peak() { echo $(( $(tail -n 1 "$work/rss.$1") / 1024 )); }
mbps() { python3 -c "print(f'{$1/1e6/($3-$2):.1f}')"; }

if [ ! -f "$work/dump.jsonl" ] || [ ! -f "$work/crawl.warc.gz" ] || [ ! -f "$work/part.warc.gz" ]; then
    rm -rf "$work/corpus"
    "$bin" synth --from examples/articles --size-mb "$size" --out "$work/corpus" >/dev/null
    python3 - "$work" "$ingest_mb" <<'PY'
import gzip, html, json, os, sys
work, part_mb = sys.argv[1], float(sys.argv[2])
part_j = open(os.path.join(work, "part.jsonl"), "w")
part_w = open(os.path.join(work, "part.warc.gz"), "wb")
written = 0
files = sorted(os.path.join(d, f) for d, _, fs in os.walk(os.path.join(work, "corpus")) for f in fs)
with open(os.path.join(work, "dump.jsonl"), "w") as dump, open(os.path.join(work, "crawl.warc.gz"), "wb") as warc:
    for i, path in enumerate(files):
        text = open(path, encoding="utf-8").read()
        paras = [p.strip() for p in text.split("\n\n") if p.strip()]
        title, body = paras[0], paras[1:]
        url = f"https://news.example/{i}"
        line = json.dumps({"title": title, "maintext": "\n\n".join(body), "url": url,
                           "date_publish": "2024-03-04 10:00:00", "source_domain": "news.example"}) + "\n"
        dump.write(line)
        part = written < part_mb * 1e6
        written += len(line.encode())
        if part:
            part_j.write(line)
        page = ("<!DOCTYPE html><html><head><title>" + html.escape(title) + "</title></head><body>"
                "<nav><a href='/'>Home</a></nav><article><h1>" + html.escape(title) + "</h1>"
                + "".join("<p>" + html.escape(p) + "</p>" for p in body)
                + "</article><footer>(c) news.example</footer></body></html>").encode()
        http = (b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: %d\r\n\r\n" % len(page)) + page
        rec = (f"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: {url}\r\n"
               f"WARC-Date: 2024-03-05T08:00:00Z\r\nWARC-Record-ID: <urn:uuid:{i:032x}>\r\n"
               f"Content-Type: application/http; msgtype=response\r\nContent-Length: {len(http)}\r\n\r\n").encode() + http + b"\r\n\r\n"
        member = gzip.compress(rec, compresslevel=1)
        warc.write(member)
        if part:
            part_w.write(member)
PY
    rm -rf "$work/corpus"
fi
records=$(wc -l < "$work/dump.jsonl")
jsonl_bytes=$(stat -c %s "$work/dump.jsonl")
warc_bytes=$(stat -c %s "$work/crawl.warc.gz")
warc_raw=$(python3 -c "import gzip,sys; n=0
f=gzip.open(sys.argv[1])
while True:
    b=f.read(1<<24)
    if not b: break
    n+=len(b)
print(n)" "$work/crawl.warc.gz")
echo "Files: dump.jsonl $((jsonl_bytes / 1000000)) MB, crawl.warc.gz $((warc_bytes / 1000000)) MB ($((warc_raw / 1000000)) MB inflated), $records articles each; $(nproc) cores; work files in $work."
echo
echo "| run | time | speed | peak memory |"
echo "|---|---:|---:|---:|"
for f in dump.jsonl crawl.warc.gz; do
    bytes=$([ "$f" = dump.jsonl ] && echo "$jsonl_bytes" || echo "$warc_raw")
    s=$(now)
    measure "read-$f" "$bin" read --format jsonl "$work/$f" > /dev/null 2> "$work/read-$f.err"
    e=$(now)
    echo "| read $f (whole, $records documents) | $(secs "$s" "$e") s | $(mbps "$bytes" "$s" "$e") MB/s | $(peak "read-$f") MB |"
done
if [ "$ingest_mb" != 0 ]; then
    n=$(wc -l < "$work/part.jsonl")
    for f in part.jsonl part.warc.gz; do
        db="$work/$f.db"
        rm -f "$db" "$db-wal" "$db-shm"
        bytes=$(python3 -c "import gzip,sys; p=sys.argv[1]; print(len((gzip.open(p) if p.endswith('.gz') else open(p,'rb')).read()))" "$work/$f")
        s=$(now)
        measure "ingest-$f" "$bin" ingest --quiet --db "$db" "$work/$f" 2> "$work/ingest-$f.err" || true
        e=$(now)
        echo "| ingest $f (first $n documents, $((bytes / 1000000)) MB) | $(secs "$s" "$e") s | $(mbps "$bytes" "$s" "$e") MB/s | $(peak "ingest-$f") MB |"
    done
fi
