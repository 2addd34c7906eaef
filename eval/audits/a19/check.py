#!/usr/bin/env python3
"""Checks the a19 audit gold and proves it scores perfectly against itself.

- every evidence is a verbatim substring of its document;
- every claim's subject/object/sources are in actors.jsonl, and subject/object in the doc's actors;
- relation, polarity, modality values are valid per SCHEMA.md; no duplicate claims;
- every listed actor's name or an alias occurs in its doc; warns about aliases of
  unlisted actors that occur in a doc; no alias maps to two actors;
- writes perfect.jsonl (gold as system output, canonical names) and runs score.py on it.
"""
import importlib.util
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SCORE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "../../../../shared/eval/score.py")
spec = importlib.util.spec_from_file_location("score", SCORE)
score = importlib.util.module_from_spec(spec)
spec.loader.exec_module(score)
norm = score.norm

POLARITIES = {"affirmed", "negated"}
MODALITIES = {"asserted", "hedged", "commitment", "hypothetical"}
errors, warnings = [], []


def err(msg):
    errors.append(msg)


def load(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(l) for l in f if l.strip()]


actors = load(os.path.join(HERE, "actors.jsonl"))
gold = load(os.path.join(HERE, "gold.jsonl"))
by_id = {}
alias_owner = {}
for a in actors:
    if a["id"] in by_id:
        err(f"duplicate actor id {a['id']}")
    by_id[a["id"]] = a
    if a["kind"] not in score.ACTOR_KINDS:
        err(f"{a['id']}: bad kind {a['kind']}")
    for al in [a["id"], a["name"], *a.get("aliases", [])]:
        n = norm(al)
        if not n:
            err(f"{a['id']}: empty alias {al!r}")
        if n in alias_owner and alias_owner[n] != a["id"]:
            err(f"alias collision {al!r}: {alias_owner[n]} / {a['id']}")
        alias_owner.setdefault(n, a["id"])


def occurs(form, ntext):
    n = norm(form)
    return bool(n) and f" {n} " in ntext


def surface_forms(a):
    return [a["name"], *a.get("aliases", [])]


n_claims = n_scored = 0
scored_keys = 0
for g in gold:
    doc = g["doc"]
    path = os.path.join(HERE, "docs", doc)
    if not os.path.exists(path):
        err(f"{doc}: missing file")
        continue
    text = open(path, encoding="utf-8").read()
    if not 1800 <= len(text) <= 3000:
        err(f"{doc}: length {len(text)} outside 1800-3000")
    ntext = " " + " ".join(norm(line) for line in text.splitlines()) + " "
    for field in ("title", "author", "outlet", "published"):
        if field not in g["meta"]:
            err(f"{doc}: meta lacks {field}")
    t = g["meta"].get("title")
    if t and t != text.splitlines()[0].strip():
        err(f"{doc}: title is not the first line")
    pub = g["meta"].get("published")
    if pub and not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", pub):
        err(f"{doc}: bad published {pub}")
    for field in ("author", "outlet"):
        v = g["meta"].get(field)
        if v and v not in text:
            err(f"{doc}: {field} {v!r} not in text")
    listed = g["actors"]
    if len(set(listed)) != len(listed):
        err(f"{doc}: duplicate actor in list")
    for aid in listed:
        if aid not in by_id:
            err(f"{doc}: actor {aid} not in actors.jsonl")
        elif not any(occurs(f, ntext) for f in surface_forms(by_id[aid])):
            err(f"{doc}: no surface form of {aid} occurs")
    # aliases of unlisted actors that occur in the doc
    for a in actors:
        if a["id"] in listed:
            continue
        hits = [f for f in surface_forms(a)
                if (re.search(rf"(?<![\w-]){re.escape(f)}(?![\w-])", text) if f.isupper() and len(f) <= 4
                    else occurs(f, ntext))]
        if hits:
            warnings.append(f"{doc}: unlisted actor {a['id']} has surface form(s) {hits} in text")
    seen = set()
    used = set()
    for c in g["claims"]:
        n_claims += 1
        s, r, o = c["subject"], c["relation"], c["object"]
        tag = f"{doc}: {s} {r} {o}"
        if r not in score.RELATIONS:
            err(f"{tag}: bad relation")
        if c["polarity"] not in POLARITIES:
            err(f"{tag}: bad polarity {c['polarity']}")
        if c["modality"] not in MODALITIES:
            err(f"{tag}: bad modality {c['modality']}")
        for x in (s, o):
            if x not in by_id:
                err(f"{tag}: {x} not in actors.jsonl")
            if x not in listed:
                err(f"{tag}: {x} not in doc actors")
            used.add(x)
        if s == o:
            err(f"{tag}: subject equals object")
        if not c["sources"]:
            err(f"{tag}: no sources")
        for src in c["sources"]:
            if src != "author" and src not in by_id:
                err(f"{tag}: source {src} unknown")
            if src != "author" and src not in listed:
                err(f"{tag}: source {src} not in doc actors")
        if not c["evidence"] or c["evidence"] not in text:
            err(f"{tag}: evidence not verbatim: {c['evidence']!r}")
        k = score.key(s, r, o, c["polarity"]) + (c["modality"],)
        if k in seen:
            err(f"{tag}: duplicate claim {k}")
        seen.add(k)
        if c["modality"] in score.SCORED_MODALITIES:
            n_scored += 1
    scored_keys += len({k[:4] for k in seen if k[4] in score.SCORED_MODALITIES})
    unused = [a for a in listed if a not in used]
    if unused:
        warnings.append(f"{doc}: actors without claims: {unused}")

# perfect.jsonl: canonical names for actors and sources
out = os.path.join(HERE, "perfect.jsonl")
with open(out, "w", encoding="utf-8") as f:
    for g in gold:
        doc = g["doc"]
        f.write(json.dumps({"type": "document", "doc": doc, **g["meta"],
                            "shares_text_with": g.get("shares_text_with", [])}, ensure_ascii=False) + "\n")
        for aid in g["actors"]:
            a = by_id.get(aid, {"name": aid, "kind": "organization"})
            f.write(json.dumps({"type": "mention", "doc": doc, "actor": a["name"], "kind": a["kind"]},
                               ensure_ascii=False) + "\n")
        for c in g["claims"]:
            src = c["sources"][0]
            f.write(json.dumps({"type": "claim", "doc": doc,
                                "subject": by_id[c["subject"]]["name"], "relation": c["relation"],
                                "object": by_id[c["object"]]["name"], "polarity": c["polarity"],
                                "modality": c["modality"],
                                "source": "author" if src == "author" else by_id[src]["name"],
                                "evidence": c["evidence"]}, ensure_ascii=False) + "\n")

for w in warnings:
    print("warning:", w)
for e in errors:
    print("ERROR:", e)
print(f"docs {len(gold)}, actors {len(actors)}, claims {n_claims}, scored claims {n_scored}, "
      f"distinct scored keys {scored_keys}")

res = subprocess.run([sys.executable, SCORE, "gold.jsonl", "actors.jsonl", "perfect.jsonl"],
                     cwd=HERE, capture_output=True, text=True)
print(res.stdout, end="")
if res.returncode:
    print(res.stderr)
    errors.append("score.py failed")
for name in ("claims", "ties", "actors"):
    m = re.search(rf"^{name}\s+P \S+\s+R \S+\s+F1 (\S+)", res.stdout, re.M)
    if not m or m.group(1) != "1.000":
        errors.append(f"{name} F1 is not 1.000")
        print(f"ERROR: {name} F1 is not 1.000")
if errors:
    print(f"FAILED: {len(errors)} error(s)")
    sys.exit(1)
print("OK")
