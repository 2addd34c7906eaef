#!/usr/bin/env python3
"""Validates the a20 audit (gold.jsonl, actors.jsonl, docs/) and scores a perfect system.

Checks: evidence is a verbatim substring of its doc; every claim's subject, object and
source is in the doc's actor list (sources may be "author") and in actors.jsonl; relation,
polarity and modality values are valid per SCHEMA.md; no duplicate claims; every listed
actor's name or an alias occurs in the doc; no alias resolves to two actors; meta is well
formed. Then writes perfect.jsonl (names) and perfect_aliases.jsonl (surface forms taken
from each doc) in the system format score.py reads, runs score.py on both and requires
F1 1.000 for claims, ties and actors.
"""
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SCORE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "../../../../shared/eval/score.py")
sys.path.insert(0, os.path.dirname(SCORE))
from score import norm, SYMMETRIC, RELATIONS, ACTOR_KINDS  # noqa: E402

POLARITIES = {"affirmed", "negated"}
MODALITIES = {"asserted", "hedged", "commitment", "hypothetical"}
errors, warnings = [], []


def err(msg):
    errors.append(msg)


def occurs(form, text):
    """Case-sensitive occurrence of a surface form with word boundaries."""
    return re.search(r"(?<![\w])" + re.escape(form) + r"(?![\w])", text) is not None


def main():
    os.chdir(HERE)
    actors = {}
    by_norm = {}
    for n, line in enumerate(open("actors.jsonl", encoding="utf-8"), 1):
        a = json.loads(line)
        if a["id"] in actors:
            err(f"actors.jsonl:{n}: duplicate id {a['id']}")
        actors[a["id"]] = a
        if a["kind"] not in ACTOR_KINDS:
            err(f"actors.jsonl:{n}: bad kind {a['kind']}")
        for form in [a["id"], a["name"], *a["aliases"]]:
            k = norm(form)
            if k in by_norm and by_norm[k] != a["id"]:
                err(f"alias collision: {form!r} -> {by_norm[k]} and {a['id']}")
            by_norm.setdefault(k, a["id"])

    gold = [json.loads(l) for l in open("gold.jsonl", encoding="utf-8") if l.strip()]
    docs_on_disk = sorted(os.listdir("docs"))
    if sorted(g["doc"] for g in gold) != docs_on_disk:
        err("gold docs and docs/ differ")
    used_forms = set()
    n_claims = n_scored = 0
    keys_total = 0
    for g in gold:
        d = g["doc"]
        text = open(os.path.join("docs", d), encoding="utf-8").read()
        if not 1800 <= len(text) <= 3000:
            err(f"{d}: length {len(text)} outside 1800-3000")
        meta = g["meta"]
        if set(meta) != {"title", "author", "outlet", "published"}:
            err(f"{d}: meta keys {sorted(meta)}")
        if meta["title"] and text.splitlines()[0].strip() != meta["title"]:
            err(f"{d}: title is not the first line")
        for f in ("author", "outlet"):
            if meta[f] and meta[f] not in text:
                err(f"{d}: {f} {meta[f]!r} not in text")
        if meta["published"] and not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", meta["published"]):
            err(f"{d}: bad published {meta['published']}")
        listed = g["actors"]
        if len(set(listed)) != len(listed):
            err(f"{d}: duplicate actors in list")
        for aid in listed:
            if aid not in actors:
                err(f"{d}: actor {aid} not in actors.jsonl")
                continue
            a = actors[aid]
            forms = [f for f in [a["name"], *a["aliases"]] if occurs(f, text)]
            if not forms:
                err(f"{d}: no surface form of {aid} occurs")
            used_forms.update((aid, f) for f in forms)
        # surface forms of unlisted actors (informational)
        for aid, a in actors.items():
            if aid in listed:
                continue
            hits = [f for f in [a["name"], *a["aliases"]] if len(f) > 3 and occurs(f, text)]
            if hits:
                warnings.append(f"{d}: unlisted actor {aid} has surface forms {hits} (place or adjective?)")
        seen = set()
        for i, c in enumerate(g["claims"]):
            where = f"{d} claim {i} ({c['subject']} {c['relation']} {c['object']})"
            n_claims += 1
            for f in ("subject", "object"):
                if c[f] not in actors:
                    err(f"{where}: {f} {c[f]} not in actors.jsonl")
                if c[f] not in listed:
                    err(f"{where}: {f} {c[f]} not in the doc's actor list")
            if c["subject"] == c["object"]:
                err(f"{where}: subject equals object")
            if c["relation"] not in RELATIONS:
                err(f"{where}: bad relation")
            if c["polarity"] not in POLARITIES:
                err(f"{where}: bad polarity")
            if c["modality"] not in MODALITIES:
                err(f"{where}: bad modality")
            if not c["sources"]:
                err(f"{where}: no sources")
            for s in c["sources"]:
                if s != "author" and s not in listed:
                    err(f"{where}: source {s} not in the doc's actor list")
            if c["evidence"] not in text:
                err(f"{where}: evidence not verbatim: {c['evidence']!r}")
            s, o = c["subject"], c["object"]
            if c["relation"] in SYMMETRIC and o < s:
                s, o = o, s
            k = (s, c["relation"], o, c["polarity"], c["modality"])
            if k in seen:
                err(f"{where}: duplicate claim")
            seen.add(k)
            if c["modality"] in ("asserted", "hedged"):
                n_scored += 1
        keys_total += len({k[:4] for k in seen if k[4] in ("asserted", "hedged")})
    for aid, a in actors.items():
        if not any(u[0] == aid for u in used_forms):
            err(f"actor {aid} appears in no doc's actor list")
        for f in [a["name"], *a["aliases"]]:
            if (aid, f) not in used_forms:
                warnings.append(f"form {f!r} of {aid} does not occur in a doc that lists it")

    def write_perfect(path, pick):
        with open(path, "w", encoding="utf-8") as out:
            for g in gold:
                d = g["doc"]
                text = open(os.path.join("docs", d), encoding="utf-8").read()
                out.write(json.dumps({"type": "document", "doc": d, **g["meta"],
                                      "shares_text_with": g.get("shares_text_with", [])},
                                     ensure_ascii=False) + "\n")
                for aid in g["actors"]:
                    out.write(json.dumps({"type": "mention", "doc": d, "actor": pick(aid, text),
                                          "kind": actors[aid]["kind"]}, ensure_ascii=False) + "\n")
                for c in g["claims"]:
                    src = c["sources"][0]
                    out.write(json.dumps({
                        "type": "claim", "doc": d, "subject": pick(c["subject"], text),
                        "relation": c["relation"], "object": pick(c["object"], text),
                        "polarity": c["polarity"], "modality": c["modality"],
                        "source": "author" if src == "author" else pick(src, text),
                        "evidence": c["evidence"]}, ensure_ascii=False) + "\n")

    def by_name(aid, text):
        return actors[aid]["name"]

    def by_surface(aid, text):
        a = actors[aid]
        forms = [f for f in [a["name"], *a["aliases"]] if occurs(f, text)]
        return max(forms, key=len) if forms else a["name"]

    for w in warnings:
        print("warning:", w)
    if errors:
        for e in errors:
            print("ERROR:", e)
        sys.exit(f"{len(errors)} errors")

    ok = True
    for path, pick in (("perfect.jsonl", by_name), ("perfect_aliases.jsonl", by_surface)):
        write_perfect(path, pick)
        res = subprocess.run([sys.executable, SCORE, "gold.jsonl", "actors.jsonl", path],
                             capture_output=True, text=True)
        print(f"== score.py gold.jsonl actors.jsonl {path}")
        print(res.stdout, end="")
        for name in ("claims", "ties", "actors"):
            m = re.search(rf"^{name}\s.*F1 ([0-9.]+)", res.stdout, re.M)
            if not m or m.group(1) != "1.000":
                print(f"FAIL: {name} F1 is not 1.000 for {path}")
                ok = False
    print(f"docs {len(gold)}, actors {len(actors)}, claims {n_claims}, "
          f"scored (asserted/hedged) {n_scored}, distinct scoring keys {keys_total}")
    if not ok:
        sys.exit(1)
    print("check.py: OK")


if __name__ == "__main__":
    main()
