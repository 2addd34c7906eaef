"""A synthetic store of ACTORS actors and CLAIMS claims, written straight into SQLite
(seconds, where ingesting a corpus of that size takes minutes in a debug build).

    python3 tests/browser/synth-store.py BIN DB ACTORS CLAIMS

BIN (the tiegraph binary) makes the schema by ingesting an article without actors.
Actors are drawn with preferential attachment, so a few are in many claims and most in
few, as in real reporting; names, kinds, relations and dates come from a fixed seed,
so the same arguments give the same store. Used by the browser tests and
bench/ui-first-paint.sh.
"""
import os, random, sqlite3, subprocess, sys, tempfile

binary, db, n_actors, n_claims = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
with tempfile.TemporaryDirectory() as seed:
    with open(os.path.join(seed, "empty.txt"), "w") as f:
        f.write("Weather\n\nIt rained on Tuesday.\n")
    subprocess.run([binary, "ingest", "--quiet", "--db", db, seed], check=True)

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
