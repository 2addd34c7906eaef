#!/usr/bin/env python3
"""Checks an audit's gold and writes perfect.jsonl, then scores it with the shared score.py.

usage: check.py AUDIT_DIR (one of eval/audits/a*)


Checks: docs exist, 1,800-3,000 characters; every evidence is a verbatim substring of its doc;
subject/object/sources are in the doc's actor list (sources may be 'author') and in actors.jsonl;
relation/polarity/modality values are valid; no duplicate (subject, relation, object, polarity,
modality) in a doc; every listed actor's name or an alias occurs in the doc; no two actors share a
normalized alias; every listed actor takes part in a claim or acts as a source (warning only).
"""
import json, os, re, subprocess, sys, unicodedata

if len(sys.argv) != 2:
    sys.exit(__doc__)
HERE = os.path.abspath(sys.argv[1])
# The repository's `../shared` (the audits are at eval/audits/ inside the repository).
SCORE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "../../../shared/eval/score.py")
SYMMETRIC = {"ties", "fights_alongside", "kinship", "hostile", "negotiates"}
RELATIONS = SYMMETRIC | {"trains", "funds", "supplies", "shelters", "pledges_allegiance", "mediates",
                         "recruits_from", "part_of", "member_of", "leads", "sponsors"}
POLARITIES = {"affirmed", "negated"}
MODALITIES = {"asserted", "hedged", "commitment", "hypothetical"}
KINDS = {"organization", "person", "state", "agency", "igo"}


def norm(name):  # same folding as score.py
    s = unicodedata.normalize("NFKD", str(name))
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    s = re.sub(r"[\u2019'`]s\b", "", s)
    s = re.sub(r"[-_./\u2010-\u2015]", " ", s)
    s = re.sub(r"[^\w ]", "", s)
    s = re.sub(r"\s+", " ", s).strip()
    return s[4:] if s.startswith("the ") else s


def occurs(form, text):
    return re.search(r"(?<!\w)" + re.escape(form) + r"(?!\w)", text) is not None


def main():
    errors, warnings = [], []
    actors = {}
    with open(os.path.join(HERE, "actors.jsonl"), encoding="utf-8") as f:
        for line in f:
            if line.strip():
                a = json.loads(line)
                if a["id"] in actors:
                    errors.append(f"duplicate actor id {a['id']}")
                actors[a["id"]] = a
    seen = {}
    for a in actors.values():
        if a["kind"] not in KINDS:
            errors.append(f"{a['id']}: bad kind {a['kind']}")
        for form in [a["id"], a["name"], *a["aliases"]]:
            n = norm(form)
            if n in seen and seen[n] != a["id"]:
                errors.append(f"alias collision: {form!r} -> {seen[n]} and {a['id']}")
            seen.setdefault(n, a["id"])

    gold = []
    with open(os.path.join(HERE, "gold.jsonl"), encoding="utf-8") as f:
        for line in f:
            if line.strip():
                gold.append(json.loads(line))

    used_actors = set()
    perfect = []
    n_claims = n_scored = 0
    for g in gold:
        doc = g["doc"]
        path = os.path.join(HERE, "docs", doc)
        if not os.path.exists(path):
            errors.append(f"{doc}: missing file")
            continue
        text = open(path, encoding="utf-8").read()
        if not 1800 <= len(text) <= 3000:
            errors.append(f"{doc}: length {len(text)} outside 1800-3000")
        for k in ("title", "author", "outlet", "published"):
            if k not in g["meta"]:
                errors.append(f"{doc}: meta lacks {k}")
        t = g["meta"].get("title")
        if t and text.splitlines()[0].strip() != t:
            errors.append(f"{doc}: title is not the first line")
        for k in ("author", "outlet"):
            v = g["meta"].get(k)
            if v and v not in text:
                errors.append(f"{doc}: {k} {v!r} not in text")
        doc_actors = g["actors"]
        if len(set(doc_actors)) != len(doc_actors):
            errors.append(f"{doc}: duplicate actor in list")
        surface = {}
        for aid in doc_actors:
            used_actors.add(aid)
            if aid not in actors:
                errors.append(f"{doc}: actor {aid} not in actors.jsonl")
                continue
            a = actors[aid]
            forms = [f for f in [a["name"], *a["aliases"]] if occurs(f, text)]
            if not forms:
                errors.append(f"{doc}: no name or alias of {aid} occurs in the text")
            else:
                surface[aid] = forms[0]
        # actors named in the text but not listed (information for the annotator)
        for aid, a in actors.items():
            if aid in doc_actors:
                continue
            hits = [f for f in [a["name"], *a["aliases"]] if len(f) > 2 and occurs(f, text)]
            if hits:
                warnings.append(f"{doc}: unlisted actor {aid} named as {hits[0]!r}")
        keys = set()
        involved = set()
        for c in g["claims"]:
            n_claims += 1
            tag = f"{doc}: {c['subject']} {c['relation']} {c['object']}"
            if c["relation"] not in RELATIONS:
                errors.append(f"{tag}: bad relation")
            if c["polarity"] not in POLARITIES:
                errors.append(f"{tag}: bad polarity {c['polarity']}")
            if c["modality"] not in MODALITIES:
                errors.append(f"{tag}: bad modality {c['modality']}")
            for role in ("subject", "object"):
                if c[role] not in actors:
                    errors.append(f"{tag}: {role} not in actors.jsonl")
                if c[role] not in doc_actors:
                    errors.append(f"{tag}: {role} not in doc actor list")
            if c["subject"] == c["object"]:
                errors.append(f"{tag}: subject equals object")
            if not c["sources"]:
                errors.append(f"{tag}: no sources")
            for s in c["sources"]:
                if s != "author" and s not in doc_actors:
                    errors.append(f"{tag}: source {s} not in doc actor list")
            if not c["evidence"] or c["evidence"] not in text:
                errors.append(f"{tag}: evidence not verbatim: {c['evidence']!r}")
            s, o = c["subject"], c["object"]
            if c["relation"] in SYMMETRIC and o < s:
                s, o = o, s
            k = (s, c["relation"], o, c["polarity"], c["modality"])
            if k in keys:
                errors.append(f"{tag}: duplicate claim {k}")
            keys.add(k)
            involved.update([c["subject"], c["object"], *c["sources"]])
            if c["modality"] in ("asserted", "hedged"):
                n_scored += 1
            perfect.append({"type": "claim", "doc": doc,
                            "subject": surface.get(c["subject"], c["subject"]),
                            "relation": c["relation"],
                            "object": surface.get(c["object"], c["object"]),
                            "polarity": c["polarity"], "modality": c["modality"],
                            "source": "author" if c["sources"][0] == "author"
                            else surface.get(c["sources"][0], c["sources"][0]),
                            "evidence": c["evidence"]})
        for aid in doc_actors:
            if aid not in involved:
                warnings.append(f"{doc}: actor {aid} is in no claim")
            perfect.append({"type": "mention", "doc": doc, "actor": surface.get(aid, aid),
                            "kind": actors.get(aid, {}).get("kind")})
        perfect.append({"type": "document", "doc": doc, **g["meta"],
                        "shares_text_with": g.get("shares_text_with", [])})

    unused = sorted(set(actors) - used_actors)
    if unused:
        errors.append(f"actors in actors.jsonl used by no doc: {unused}")

    out = os.path.join(HERE, "perfect.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for r in perfect:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")

    for w in warnings:
        print("warning:", w)
    for e in errors:
        print("ERROR:", e)
    print(f"{len(gold)} docs, {len(actors)} actors, {n_claims} claims, {n_scored} scored (asserted/hedged)")

    res = subprocess.run([sys.executable, SCORE, "gold.jsonl", "actors.jsonl", "perfect.jsonl"],
                         cwd=HERE, capture_output=True, text=True)
    print(res.stdout, end="")
    if res.returncode != 0:
        errors.append("score.py failed: " + res.stderr)
    for name in ("claims", "ties", "actors"):
        m = re.search(rf"^{name}\s.*F1 (\d\.\d+)", res.stdout, re.M)
        if not m or m.group(1) != "1.000":
            errors.append(f"{name} F1 is not 1.000")
    if errors:
        print(f"FAILED with {len(errors)} error(s)")
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
