#!/usr/bin/env python3
"""Construction probes: general sentences with the claims SCHEMA.md expects of them.

usage: python3 eval/probes/run.py target/release/tiegraph eval/probes/*.txt [-v]

Runs `tiegraph explain` once over all probes and prints each failing probe (with -v,
each probe) and the counts. The probes are development material: they name
constructions, not any audit's phrases. Probe file format (blank-line separated blocks):
# construction name
Sentence text (may be two sentences; the claims are read off all of them).
=> Subject | relation | Object [| negated] [| hedged|commitment|hypothetical]
=> ... (more expected claims; '=> none' expects no claim)
!> Subject | relation | Object   (a claim that must NOT appear)
Prints per-probe PASS/FAIL, and counts."""
import re, subprocess, sys, tempfile, os, collections
SYM = {"ties", "fights_alongside", "kinship", "hostile", "negotiates"}
binp = sys.argv[1]
verbose = '-v' in sys.argv
files = [f for f in sys.argv[2:] if f != '-v']
probes = []
for f in files:
    blocks = re.split(r'\n\s*\n', open(f).read())
    for b in blocks:
        lines = [l for l in b.strip().splitlines() if l.strip()]
        if not lines: continue
        cons = ''; text = []; exp = []; neg = []
        for l in lines:
            if l.startswith('#'): cons = l.lstrip('# ').strip()
            elif l.startswith('=>'): exp.append(l[2:].strip())
            elif l.startswith('!>'): neg.append(l[2:].strip())
            else: text.append(l.strip())
        if text: probes.append((f, cons, ' '.join(text), exp, neg))
def parse_exp(e):
    parts = [p.strip() for p in e.split('|')]
    if len(parts) < 3: return None
    s, r, o = parts[:3]
    pol = 'affirmed'; mod = 'asserted'
    for p in parts[3:]:
        if p in ('negated', 'affirmed'): pol = p
        elif p: mod = p
    return s, r, o, pol, mod
tmp = tempfile.mkdtemp()
path = os.path.join(tmp, 'probes.txt')
# each probe its own paragraph; separated by a heading-like filler line so sentences do not run together
with open(path, 'w') as fh:
    fh.write('Test\n\n')
    for p in probes:
        fh.write(p[2] + '\n\n')
out = subprocess.run([binp, 'explain', path], capture_output=True, text=True).stdout
# parse: sentence blocks
sents = []
for l in out.splitlines():
    m = re.match(r'\[(\d+)\] (.*)', l)
    if m: sents.append([m.group(2), [], []]); continue
    s = l.strip()
    if not sents: continue
    m = re.match(r'actor\s+"(.*?)" = (.*?) \(', s)
    if m: sents[-1][1].append((m.group(1), m.group(2))); continue
    m = re.match(r'claim\s+(.*?) (ties|fights_alongside|kinship|hostile|negotiates|trains|funds|supplies|shelters|pledges_allegiance|mediates|recruits_from|part_of|member_of|leads|sponsors) (.*?) \[(.*?)\]', s)
    if m:
        attrs = m.group(4)
        pol = 'negated' if 'negated' in attrs.split(';')[0] else 'affirmed'
        mod = 'asserted'
        for k in ('hedged', 'commitment', 'hypothetical'):
            if k in attrs.split(';')[0]: mod = k
        subj = m.group(1)
        if subj.endswith(' NOT'): subj = subj[:-4]; pol = 'negated'
        sents[-1][2].append((subj, m.group(2), m.group(3), pol, mod, s))
# map probes to sentences: consume sentences whose text is in probe text, in order
si = 1  # skip 'Test'
results = []
for (f, cons, text, exp, neg) in probes:
    mine = []
    acc = ''
    while si < len(sents) and len(acc) < len(text) - 2:
        mine.append(sents[si]); acc += sents[si][0] + ' '; si += 1
    actors = {}
    for s in mine:
        for surf, canon in s[1]:
            actors[surf.lower()] = canon
    claims = [c for s in mine for c in s[2]]
    def canon(name):
        n = name.lower()
        if n in actors: return actors[n]
        for surf, c in actors.items():
            if n == c.lower(): return c
        for surf, c in actors.items():
            if n in surf or n in c.lower(): return c
        return None
    def has(e):
        s, r, o, pol, mod = e
        cs, co = canon(s), canon(o)
        if cs is None or co is None: return 'unrecognized'
        for c in claims:
            if c[1] != r or c[3] != pol or c[4] != mod: continue
            if (c[0] == cs and c[2] == co) or (r in SYM and c[0] == co and c[2] == cs): return True
        return False
    fails = []
    for e in exp:
        if e == 'none':
            if claims: fails.append('expected none')
            continue
        pe = parse_exp(e)
        if not pe: continue
        h = has(pe)
        if h is not True: fails.append(('MISSING ' if h is False else 'UNRECOGNIZED ') + e)
    for e in neg:
        pe = parse_exp(e)
        if pe and has(pe) is True: fails.append('UNWANTED ' + e)
    results.append((f, cons, text, fails, claims))
c = collections.Counter()
for f, cons, text, fails, claims in results:
    st = 'PASS' if not fails else ('UNREC' if all(x.startswith('UNRECOGNIZED') for x in fails) else 'FAIL')
    c[st] += 1
    if st != 'PASS' or verbose:
        print(f'{st} [{cons}] {text}')
        for x in fails: print('    ', x)
        for cl in claims: print('     got:', cl[5])
print(dict(c))
