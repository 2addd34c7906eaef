#!/usr/bin/env bash
# First paint of the map in headless Chromium on a synthetic store of 1,000 actors and
# 10,000 claims, and the latency of the main API endpoints.
#   bash bench/ui-first-paint.sh [ACTORS] [CLAIMS]
# Needs /usr/bin/chromium, node, python3, and `npm ci` in tests/browser.
set -euo pipefail
cd "$(dirname "$0")/.."
actors=${1:-1000}
claims=${2:-10000}
cargo build --release --quiet
bin=target/release/tiegraph
[ -d tests/browser/node_modules/playwright-core ] || (cd tests/browser && npm ci --no-audit --no-fund --silent)
work=$(mktemp -d)
server=
cleanup() { [ -n "$server" ] && kill "$server" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

# The schema comes from an ordinary ingest of an article without actors.
mkdir "$work/seed"
printf 'Weather\n\nIt rained on Tuesday.\n' > "$work/seed/empty.txt"
"$bin" ingest --quiet --db "$work/synth.db" "$work/seed"

python3 - "$work/synth.db" "$actors" "$claims" <<'PY'
import random, sqlite3, sys
db, n_actors, n_claims = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
rng = random.Random(7)
con = sqlite3.connect(db)
kinds = ["organization"] * 5 + ["person"] * 3 + ["state", "agency", "igo"]
rels = ["ties", "trains", "funds", "supplies", "shelters", "fights_alongside", "pledges_allegiance",
        "part_of", "member_of", "leads", "sponsors", "hostile", "negotiates", "mediates"]
syll = ["al", "ka", "ru", "min", "tor", "sha", "bel", "no", "vex", "dar", "qu", "lin", "ost", "ira"]
names = set()
actors = []
while len(actors) < n_actors:
    name = " ".join("".join(rng.choice(syll) for _ in range(rng.randint(2, 3))).capitalize()
                    for _ in range(rng.randint(1, 3)))
    if name in names:
        continue
    names.add(name)
    cur = con.execute("INSERT INTO actor (name, kind, origin, reason) VALUES (?, ?, 'discovered', 'synthetic')",
                      (name, rng.choice(kinds)))
    actors.append((cur.lastrowid, name))
# Preferential attachment: a few actors are in many claims, most in few.
weights = [1.0 / (i + 1) ** 0.8 for i in range(len(actors))]
per_doc = 25
docs = (n_claims + per_doc - 1) // per_doc
made = 0
for d in range(docs):
    text, sents, mentions, rows = "", [], [], []
    while len(rows) < per_doc and made < n_claims:
        (a, an), (b, bn) = rng.choices(actors, weights, k=2)
        if a == b:
            continue
        rel = rng.choice(rels)
        neg = rng.random() < 0.08
        year = rng.randint(2001, 2024)
        sent = f"{an} {'does not ' if neg else ''}{rel.replace('_', ' ')} {bn}, sources said in {year}. "
        start = len(text.encode())
        text += sent
        end = start + len(sent.encode()) - 1
        sents.append((start, end))
        mentions.append((start, start + len(an.encode()), len(sents) - 1, a))
        o = sent.index(bn)
        ob = start + len(sent[:o].encode())
        mentions.append((ob, ob + len(bn.encode()), len(sents) - 1, b))
        rows.append((len(sents) - 1, start, end, a, rel, b, "negated" if neg else "affirmed",
                     rng.choice(["asserted"] * 4 + ["hedged"]), rel, f"{year}-{rng.randint(1, 12):02d}"))
        made += 1
    cur = con.execute(
        "INSERT INTO document (path, name, version, current, content_hash, format, bytes, title, outlet, published, ingested_at, text)"
        " VALUES (?, ?, 1, 1, ?, 'text', ?, ?, ?, ?, 0, ?)",
        (f"/synth/{d}.txt", f"{d}.txt", f"synth{d}", len(text.encode()), f"Synthetic report {d}",
         f"Outlet {d % 40}", f"{rng.randint(2001, 2024)}-{rng.randint(1, 12):02d}-01", text))
    doc = cur.lastrowid
    con.executemany("INSERT INTO sentence (doc_id, idx, start, \"end\") VALUES (?, ?, ?, ?)",
                    [(doc, i, s, e) for i, (s, e) in enumerate(sents)])
    con.executemany("INSERT INTO mention (doc_id, start, \"end\", sentence, actor_id, rule) VALUES (?, ?, ?, ?, ?, 'synthetic')",
                    [(doc, *m) for m in mentions])
    con.executemany("INSERT INTO claim (doc_id, sentence, start, \"end\", subject_id, relation, object_id, polarity, modality, cue, time)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", [(doc, *r) for r in rows])
for a, name in actors:
    key = name.lower()
    con.execute("INSERT INTO alias (actor_id, surface, skeleton, head, reason) VALUES (?, ?, ?, ?, 'synthetic name')",
                (a, name, key, key))
con.commit()
print(f"synthetic store: {len(actors)} actors, {made} claims in {docs} documents")
PY

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
for p in /api/graph "/api/graph?to=2012-06" "/api/ties?a=$a&b=$b" "/api/actors/$a" "/api/search?q=$name" \
         "/api/documents/$doc?claim=$cl" "/api/claims?actor=$a&limit=200" /api/actors; do
    lat "$p"
done

echo "== first paint in headless Chromium"
SCREENSHOT=${SCREENSHOT:-} node tests/browser/first-paint.mjs "$url" 5
