#!/usr/bin/env bash
# First paint of the map in headless Chromium on a synthetic store (by default 3,200 actors
# and 26,000 claims, written by tests/browser/synth-store.py), the time to draw a searched
# actor's neighbourhood, and the latency and size of the main API endpoints.
#   bash bench/ui-first-paint.sh [ACTORS] [CLAIMS]
#   DB=path/to/store.db bash bench/ui-first-paint.sh     (a copy of an existing store,
#       e.g. one ingested from `tiegraph synth --size-mb 20 --out DIR`)
# Needs /usr/bin/chromium, node, python3, and `npm ci` in tests/browser.
set -euo pipefail
cd "$(dirname "$0")/.."
actors=${1:-3200}
claims=${2:-26000}
cargo build --release --quiet
bin=${CARGO_TARGET_DIR:-target}/release/tiegraph
[ -d tests/browser/node_modules/playwright-core ] || (cd tests/browser && npm ci --no-audit --no-fund --silent)
work=$(mktemp -d)
server=
cleanup() { [ -n "$server" ] && kill "$server" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

if [ -n "${DB:-}" ]; then
    cp "$DB" "$work/synth.db"
else
    python3 tests/browser/synth-store.py "$bin" "$work/synth.db" "$actors" "$claims"
fi

start=$(date +%s.%N)
"$bin" serve --db "$work/synth.db" --addr 127.0.0.1:0 > "$work/serve.out" &
server=$!
until grep -q http "$work/serve.out" 2>/dev/null; do sleep 0.05; done
ready=$(date +%s.%N)
url=$(grep -o 'http://[^ ]*' "$work/serve.out")
echo "server ready (assessment and layout built) in $(python3 -c "print(f'{($ready - $start) * 1000:.0f}')") ms"

echo "== API latency (curl, 5 requests each, median)"
lat() {
    local path=$1 t=()
    for _ in 1 2 3 4 5; do t+=("$(curl -s -o /dev/null -w '%{time_total}' "$url${path#/}")"); done
    printf '%-42s %6s ms  (%s bytes)\n' "$path" \
        "$(printf '%s\n' "${t[@]}" | sort -n | sed -n 3p | python3 -c 'import sys; print(f"{float(sys.stdin.read()) * 1000:.1f}")')" \
        "$(curl -s "$url${path#/}" | wc -c)"
}
top=$(curl -s "${url}api/graph" | python3 -c '
import json, sys
g = json.load(sys.stdin)
e = max(g["edges"], key=lambda e: (e["aff"], e["conf"]))
print(e["s"], e["o"])')
read -r a b <<<"$top"
name=$(curl -s "${url}api/actors/$a" | python3 -c 'import json,sys; print(json.load(sys.stdin)["name"].split()[0])')
claim=$(curl -s "${url}api/ties?a=$a&b=$b" | python3 -c 'import json,sys; e=json.load(sys.stdin)["relations"][0]["evidence"][0]; print(e["doc_id"], e["claim_id"])')
read -r doc cl <<<"$claim"
first_asof=$(curl -s -o /dev/null -w '%{time_total}' "${url}api/graph?to=2012-06")
echo "/api/graph?to=2012-06 (first request, uncached): $(python3 -c "print(f'{$first_asof * 1000:.1f}')") ms"
for p in /api/graph "/api/graph?to=2012-06" "/api/graph?limit=300" "/api/neighbourhood?actor=$a" \
         "/api/neighbourhood?actor=$a&depth=2" "/api/neighbourhood?actor=$b&to=2012-06" \
         "/api/ties?a=$a&b=$b" "/api/actors/$a" "/api/search?q=$name" \
         "/api/documents/$doc?claim=$cl" "/api/claims?actor=$a&limit=200" /api/actors; do
    lat "$p"
done

echo "== first paint in headless Chromium"
SCREENSHOT=${SCREENSHOT:-} node tests/browser/first-paint.mjs "$url" 5
