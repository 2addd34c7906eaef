// tiegraph map UI: a canvas network map of a part of the graph at a time (the overview of
// the most central actors from /api/graph, or an actor's neighbourhood from
// /api/neighbourhood), the table of the same ties below it, and side panels for
// dossiers, actors and documents. Stored text is hostile input: it only ever reaches the page as
// text nodes (textContent / append of strings), never as markup.
'use strict';
(() => {
  const $ = (id) => document.getElementById(id);

  // Builds an element; children that are strings become text nodes.
  function el(tag, attrs, ...children) {
    const e = document.createElement(tag);
    if (attrs) {
      for (const [k, v] of Object.entries(attrs)) {
        if (v == null || v === false) continue;
        if (k === 'class') e.className = v;
        else if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
        else e.setAttribute(k, String(v));
      }
    }
    for (const c of children.flat()) {
      if (c == null || c === false) continue;
      e.append(c instanceof Node ? c : String(c));
    }
    return e;
  }

  const REL_COLORS = {
    ties: '#5c677d', fights_alongside: '#1971c2', trains: '#2f9e44', funds: '#f59f00',
    supplies: '#d9480f', shelters: '#66a80f', pledges_allegiance: '#9c36b5', kinship: '#e64980',
    mediates: '#15aabf', recruits_from: '#94a800', part_of: '#7048e8', member_of: '#4dabf7',
    leads: '#364fc7', sponsors: '#a9780a', hostile: '#212529', negotiates: '#0c8599',
  };
  const DENIED = '#e03131';
  const KINDS = {
    organization: { color: '#1c5d99', shape: 'circle' },
    person: { color: '#e8590c', shape: 'diamond' },
    state: { color: '#2b8a3e', shape: 'square' },
    agency: { color: '#7048e8', shape: 'triangle' },
    igo: { color: '#0b7285', shape: 'hexagon' },
  };
  const kindStyle = (k) => KINDS[k] || { color: '#868e96', shape: 'circle' };
  const relColor = (r) => REL_COLORS[r] || '#868e96';
  const label = (r) => r.replace(/_/g, ' ');

  const S = {
    graph: null, nodes: [], byId: new Map(), edges: [],
    pairs: [], visNodes: [], pairIndex: new Map(),
    rels: null, kinds: null, minConf: 0, showDenied: true, showLabels: true,
    view: { k: 1, x: 0, y: 0 }, fitted: false,
    selPair: null, selNode: null, hover: null,
    months: [], asOf: null, basis: 'event', retime: false, firstPaint: null, loading: 0,
    // What part of the map is shown: the overview of the `limit` most central actors
    // (null: the server's default), or the neighbourhood of an actor.
    part: { mode: 'overview', limit: null }, crumbs: [], showRegions: true,
    collapse: false, expanded: new Set(), rep: new Map(), groups: [],
    labels: [], painted: 0, viewKey: '',
    sort: { col: 'conf', dir: -1 },
  };
  const COMMUNITY_COLORS = ['#4263eb', '#f76707', '#37b24d', '#ae3ec9', '#1098ad', '#f59f00', '#e64980', '#74b816', '#7950f2', '#fa5252'];
  const canvas = $('map');
  const ctx = canvas.getContext('2d');
  let dpr = window.devicePixelRatio || 1;

  async function api(path) {
    const r = await fetch(path, { headers: { Accept: 'application/json' }, credentials: 'same-origin' });
    let body = null;
    try { body = await r.json(); } catch (_) { /* not JSON */ }
    if (!r.ok) throw new Error((body && body.error) || `${r.status} ${r.statusText}`);
    return body;
  }

  function status(msg) { $('status').textContent = msg; }

  // ---------------------------------------------------------------- graph data

  // The period and time basis of the map, as query parameters (`&`-joined, no `?`).
  function periodQuery() {
    const q = [];
    if (S.asOf) q.push(`to=${encodeURIComponent(S.asOf)}`);
    if (S.basis !== 'event') q.push(`time=${encodeURIComponent(S.basis)}`);
    return q.join('&');
  }
  const basisWords = () => (S.basis === 'report' ? 'report time' : 'event time');

  // The address of the current view of the map, for the current period.
  function viewUrl() {
    const v = S.part, q = [];
    if (v.mode === 'focus') { q.push(`actor=${v.id}`); if (v.depth > 1) q.push(`depth=${v.depth}`); }
    if (v.limit != null) q.push(`limit=${encodeURIComponent(v.limit)}`);
    const pq = periodQuery();
    if (pq) q.push(pq);
    return (v.mode === 'focus' ? '/api/neighbourhood' : '/api/graph') + (q.length ? `?${q.join('&')}` : '');
  }
  const viewKey = (v) => v.mode === 'focus' ? `focus:${v.id}:${v.depth}` : 'overview';

  async function loadGraph() {
    const token = ++S.loading;
    const key = viewKey(S.part);
    status('loading…');
    let g;
    S.inflight = true;
    try { g = await api(viewUrl()); } catch (e) { if (token === S.loading) S.inflight = false; status('could not load the map: ' + e.message); return; }
    if (token !== S.loading) return; // a newer request superseded this one
    S.inflight = false;
    // A new view (not the same one at another date or with more actors) is fitted anew.
    if (key !== S.viewKey) { S.fitted = false; S.viewKey = key; }
    S.graph = g;
    // Size by weighted degree, relative to the most connected actor shown.
    const wmax = Math.max(1, ...g.nodes.map((n) => n.w || 0));
    S.nodes = g.nodes.map((n) => ({ ...n, r: (n.hop === 0 ? 8 : 3.5) + 12 * Math.sqrt((n.w || 0) / wmax) }));
    S.byId = new Map(S.nodes.map((n) => [n.id, n]));
    S.edges = g.edges.filter((e) => S.byId.has(e.s) && S.byId.has(e.o));
    if (!S.rels) {
      S.rels = new Set(g.relations);
      S.kinds = new Set([...Object.keys(KINDS), ...g.kinds]);
      buildFilters(g);
      buildTimeline(g.timeline);
    } else if (S.retime) {
      S.retime = false;
      // The other time spans other months: keep the chosen month if it is one of them.
      if (!setTimeline(g.timeline)) { loadGraph(); return; }
    }
    applyFilters();
    showView(g);
    if (!S.fitted) { fit(); S.fitted = true; }
    requestDraw();
  }

  // ---------------------------------------------------------------- views and breadcrumbs

  // The bar above the map: where you are (breadcrumbs back), how much is shown of how
  // much, and a way to see more.
  function showView(g) {
    const v = g.view, t = g.total, sh = g.shown;
    const crumbs = $('crumbs').querySelector('ol');
    crumbs.replaceChildren(...S.crumbs.map((c, i) => {
      const last = i === S.crumbs.length - 1;
      return el('li', last ? { 'aria-current': 'location' } : null,
        el('button', { type: 'button', 'data-crumb': i, onclick: last ? null : () => goCrumb(i) }, c.label));
    }));
    $('shown').textContent = v.mode === 'focus'
      ? `showing ${sh.actors - 1} of ${t.actors} actors within ${v.depth === 2 ? 'two steps' : 'one step'} · ${sh.ties} ties`
      : `showing ${sh.actors} of ${t.actors} actors · ${sh.ties} of ${t.ties} ties (the most central, the strongest ties)`;
    const more = $('more');
    more.hidden = v.more == null;
    more.textContent = v.more === 'all' ? 'show all' : `show ${v.more}`;
    $('depth').hidden = v.mode !== 'focus';
    $('depth-1').setAttribute('aria-pressed', String(v.depth !== 2));
    $('depth-2').setAttribute('aria-pressed', String(v.depth === 2));
  }

  function setView(view, label, push) {
    if (push) S.crumbs.push({ label, view });
    else S.crumbs[S.crumbs.length - 1] = { label, view };
    S.part = view;
    loadGraph();
  }

  function goCrumb(i) {
    S.crumbs = S.crumbs.slice(0, i + 1);
    S.part = S.crumbs[i].view;
    S.selNode = null; S.selPair = null;
    loadGraph();
  }

  // Shows an actor's neighbourhood (one step, or as deep as the current focus).
  function focusActor(id, name) {
    const depth = S.part.mode === 'focus' ? S.part.depth : 1;
    if (S.part.mode === 'focus' && S.part.id === id) return;
    S.focusStarted = performance.now();
    setView({ mode: 'focus', id, depth, limit: null }, name, true);
  }

  $('more').addEventListener('click', () => {
    const more = S.graph && S.graph.view.more;
    if (more == null) return;
    setView({ ...S.part, limit: more }, S.crumbs[S.crumbs.length - 1].label, false);
  });
  for (const d of [1, 2]) {
    $(`depth-${d}`).addEventListener('click', () => {
      if (S.part.mode !== 'focus' || S.part.depth === d) return;
      setView({ ...S.part, depth: d, limit: null }, S.crumbs[S.crumbs.length - 1].label, false);
    });
  }

  function buildFilters(g) {
    const rels = $('rel-filters');
    for (const r of g.relations) {
      const box = el('input', { type: 'checkbox', checked: true, 'data-rel': r });
      box.checked = true;
      box.addEventListener('change', () => { box.checked ? S.rels.add(r) : S.rels.delete(r); applyFilters(); requestDraw(); });
      const sw = el('span', { class: 'swatch' });
      sw.style.background = relColor(r);
      rels.append(el('label', null, box, sw, label(r)));
    }
    const setAll = (on) => {
      for (const b of rels.querySelectorAll('input')) { b.checked = on; on ? S.rels.add(b.dataset.rel) : S.rels.delete(b.dataset.rel); }
      applyFilters(); requestDraw();
    };
    $('rel-all').addEventListener('click', () => setAll(true));
    $('rel-none').addEventListener('click', () => setAll(false));
    const kinds = $('kind-filters');
    for (const k of [...S.kinds]) {
      const box = el('input', { type: 'checkbox', 'data-kind': k });
      box.checked = true;
      box.addEventListener('change', () => { box.checked ? S.kinds.add(k) : S.kinds.delete(k); applyFilters(); requestDraw(); });
      const sw = el('canvas', { class: 'kind-swatch', width: 28, height: 28 });
      const c = sw.getContext('2d');
      c.scale(2, 2);
      shape(c, kindStyle(k).shape, 7, 7, 5.5);
      c.fillStyle = kindStyle(k).color; c.fill();
      kinds.append(el('label', null, box, sw, k));
    }
  }

  // Months from the first to the last dated claim; the slider's right end is "all dates".
  // Returns false when the chosen month is not among them (the slider is then reset).
  function setTimeline(t) {
    const slider = $('time');
    const months = [];
    const ym = (d) => d && /^\d{4}/.test(d) ? [Number(d.slice(0, 4)), d.length >= 7 ? Number(d.slice(5, 7)) : 1] : null;
    const a = ym(t.first), b = ym(t.last);
    if (a && b) {
      let [y, m] = a;
      while ((y < b[0] || (y === b[0] && m <= b[1])) && months.length < 1200) {
        months.push(`${y}-${String(m).padStart(2, '0')}`);
        if (++m > 12) { m = 1; y++; }
      }
    }
    S.months = months;
    slider.max = String(months.length);
    const kept = S.asOf ? months.indexOf(S.asOf) : -1;
    const ok = !S.asOf || kept >= 0;
    if (!ok) S.asOf = null;
    slider.value = String(kept >= 0 ? kept : months.length);
    slider.disabled = months.length === 0;
    showAsOf();
    return ok;
  }

  function showAsOf() {
    $('time-out').textContent = `${S.asOf ? S.asOf : 'all dates'} (${basisWords()})`;
  }

  function buildTimeline(t) {
    const slider = $('time');
    setTimeline(t);
    for (const id of ['time-event', 'time-report']) {
      $(id).addEventListener('change', (ev) => {
        if (!ev.target.checked) return;
        S.basis = ev.target.value;
        S.retime = true;
        showAsOf();
        loadGraph();
      });
    }
    let timer = null;
    // Play: the date steps from the first month to all dates (about 40 steps), each
    // step once the map of the last has been drawn; a second press stops it.
    const playBtn = $('time-play');
    let playing = false;
    playBtn.addEventListener('click', async () => {
      if (playing) { playing = false; return; }
      if (!S.months.length) return;
      playing = true;
      playBtn.setAttribute('aria-pressed', 'true');
      playBtn.textContent = '■ stop';
      const step = Math.max(1, Math.ceil(S.months.length / 40));
      for (let i = 0; playing && i <= S.months.length; i = i >= S.months.length ? i + 1 : Math.min(S.months.length, i + step)) {
        slider.value = String(i);
        S.asOf = i >= S.months.length ? null : S.months[i];
        showAsOf();
        await loadGraph();
        await new Promise((r) => setTimeout(r, 120));
      }
      playing = false;
      playBtn.setAttribute('aria-pressed', 'false');
      playBtn.textContent = '▶ play';
    });
    slider.addEventListener('input', () => {
      const i = Number(slider.value);
      S.asOf = i >= S.months.length ? null : S.months[i];
      showAsOf();
      clearTimeout(timer);
      timer = setTimeout(loadGraph, 120);
    });
  }

  // Which ties are drawn, grouped by pair of actors (one line a pair).
  // With "communities as single nodes", each community of three or more actors in the
  // overview (but those opened again by a click) is drawn as one node at its members'
  // centre, with id -(community + 1); ties within it are not drawn, ties out of it go
  // to it. S.rep maps a member's id to that node.
  function collapseCommunities() {
    for (const id of [...S.byId.keys()]) if (id < 0) S.byId.delete(id);
    S.rep = new Map();
    S.groups = [];
    if (!S.collapse || S.part.mode !== 'overview') return;
    const byC = new Map();
    for (const n of S.nodes) {
      if (n.c == null || !S.kinds.has(n.kind)) continue;
      if (!byC.has(n.c)) byC.set(n.c, []);
      byC.get(n.c).push(n);
    }
    for (const [c, ns] of byC) {
      if (ns.length < 3 || S.expanded.has(c)) continue;
      ns.sort((x, y) => (x.rank ?? 1e9) - (y.rank ?? 1e9));
      const g = {
        id: -(c + 1), c, name: `${ns[0].name} and ${ns.length - 1} more`, kind: 'community', members: ns.map((n) => n.id),
        x: ns.reduce((t, n) => t + n.x, 0) / ns.length, y: ns.reduce((t, n) => t + n.y, 0) / ns.length,
        w: ns.reduce((t, n) => t + (n.w || 0), 0), deg: 0, rank: ns[0].rank, r: 6 + 3 * Math.sqrt(ns.length),
      };
      S.groups.push(g);
      S.byId.set(g.id, g);
      for (const n of ns) S.rep.set(n.id, g);
    }
  }
  // The id of the node an actor is drawn as.
  const drawnAs = (id) => { const g = S.rep && S.rep.get(id); return g ? g.id : id; };
  const pairKey = (a, b) => { const x = drawnAs(a), y = drawnAs(b); return x < y ? `${x}:${y}` : `${y}:${x}`; };

  function applyFilters() {
    collapseCommunities();
    const pairs = new Map();
    for (const e of S.edges) {
      if (!S.rels.has(e.rel)) continue;
      const s = S.byId.get(e.s), o = S.byId.get(e.o);
      if (!S.kinds.has(s.kind) || !S.kinds.has(o.kind)) continue;
      const affirmed = e.affClaims > 0;
      if (affirmed ? e.conf < S.minConf : !S.showDenied) continue;
      const A = drawnAs(e.s), B = drawnAs(e.o);
      if (A === B) continue;
      const key = pairKey(e.s, e.o);
      let p = pairs.get(key);
      if (!p) { p = { key, a: Math.min(A, B), b: Math.max(A, B), ties: [], best: null, width: 0, denied: false }; pairs.set(key, p); }
      p.ties.push(e);
      if (e.negClaims > 0) p.denied = true;
      if (affirmed) {
        if (!p.best || e.conf > p.best.conf || (e.conf === p.best.conf && e.aff > p.best.aff)) p.best = e;
        p.width = Math.max(p.width, e.aff);
      }
    }
    S.pairs = [...pairs.values()];
    // Weakest first, so strong ties are drawn on top.
    S.pairs.sort((x, y) => (x.best ? x.best.conf : -1) - (y.best ? y.best.conf : -1) || x.width - y.width);
    S.pairIndex = pairs;
    const seen = new Set();
    for (const p of S.pairs) { seen.add(p.a); seen.add(p.b); }
    if (S.selNode) seen.add(S.selNode);
    S.visNodes = [...S.nodes, ...S.groups].filter((n) => seen.has(n.id));
    // Most important first (names are placed in this order): the focus, then nearer
    // rings, then the most central of all dates.
    const rank = (n) => (n.rank == null ? 1e9 : n.rank);
    S.visNodes.sort((x, y) => ((x.hop || 0) - (y.hop || 0)) || (rank(x) - rank(y)) || (y.w - x.w) || (x.id - y.id));
    scheduleTable();
    const shown = S.pairs.filter((p) => p.best).length;
    status(`drawn: ${S.visNodes.length} actors, ${shown} affirmed ties${S.showDenied ? `, ${S.pairs.length - shown} only denied` : ''}${S.asOf ? ` · as of ${S.asOf}` : ''} · dated by ${basisWords()}`);
  }

  // ---------------------------------------------------------------- drawing

  const toScreen = (n) => [n.x * S.view.k + S.view.x, n.y * S.view.k + S.view.y];
  const nodeRadius = (n) => n.r * Math.min(1.6, Math.max(0.55, Math.sqrt(S.view.k)));
  const pairWidth = (p) => p.best ? 1.2 + 1.7 * Math.log2(1 + p.width) : 1.5;

  function shape(c, kind, x, y, r) {
    c.beginPath();
    switch (kind) {
      case 'square': c.rect(x - r * 0.85, y - r * 0.85, r * 1.7, r * 1.7); break;
      case 'diamond': c.moveTo(x, y - r * 1.15); c.lineTo(x + r, y); c.lineTo(x, y + r * 1.15); c.lineTo(x - r, y); c.closePath(); break;
      case 'triangle': c.moveTo(x, y - r * 1.1); c.lineTo(x + r, y + r * 0.8); c.lineTo(x - r, y + r * 0.8); c.closePath(); break;
      case 'hexagon':
        for (let i = 0; i < 6; i++) { const a = Math.PI / 3 * i + Math.PI / 6; const px = x + r * Math.cos(a), py = y + r * Math.sin(a); i ? c.lineTo(px, py) : c.moveTo(px, py); }
        c.closePath(); break;
      default: c.arc(x, y, r, 0, Math.PI * 2);
    }
  }

  let drawPending = false;
  function requestDraw() {
    if (drawPending) return;
    drawPending = true;
    requestAnimationFrame(() => { drawPending = false; draw(); });
  }

  function resize() {
    dpr = window.devicePixelRatio || 1;
    const w = canvas.clientWidth, h = canvas.clientHeight;
    canvas.width = Math.max(1, Math.round(w * dpr));
    canvas.height = Math.max(1, Math.round(h * dpr));
    requestDraw();
  }

  function focusSet() {
    if (S.selNode != null) {
      const s = new Set([S.selNode]);
      for (const p of S.pairs) if (p.a === S.selNode || p.b === S.selNode) { s.add(p.a); s.add(p.b); }
      return s;
    }
    if (S.selPair) return new Set([S.selPair.a, S.selPair.b]);
    return null;
  }

  function draw() {
    const w = canvas.clientWidth, h = canvas.clientHeight;
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    ctx.clearRect(0, 0, w, h);
    if (!S.graph) return;
    const focus = focusSet();
    if (S.showRegions && S.part.mode === 'overview') drawRegions(w, h);
    // Edges, batched by style.
    const groups = new Map();
    for (const p of S.pairs) {
      const A = S.byId.get(p.a), B = S.byId.get(p.b);
      const [x1, y1] = toScreen(A), [x2, y2] = toScreen(B);
      if (Math.max(x1, x2) < -20 || Math.min(x1, x2) > w + 20 || Math.max(y1, y2) < -20 || Math.min(y1, y2) > h + 20) continue;
      const dim = focus && !(focus.has(p.a) && focus.has(p.b) && (S.selNode == null || p.a === S.selNode || p.b === S.selNode));
      // Many lines: thinner and lighter, so the strongest still stand out.
      const dense = S.pairs.length > 200;
      const alpha = dim ? 0.08 : p.best ? (dense ? 0.15 + 0.6 * p.best.conf ** 2 : 0.35 + 0.65 * p.best.conf) : 0.9;
      const color = p.best ? relColor(p.best.rel) : DENIED;
      const width = Math.round(Math.min(dense ? 3 : 99, pairWidth(p)) * 2) / 2;
      const key = `${color}|${width}|${p.best ? 0 : 1}|${Math.round(alpha * 10)}`;
      let g = groups.get(key);
      if (!g) { g = { color, width, dashed: !p.best, alpha: Math.round(alpha * 10) / 10, segs: [] }; groups.set(key, g); }
      g.segs.push(x1, y1, x2, y2);
      if (p.best && p.best.negClaims > 0 && !dim) {
        const k2 = `${DENIED}|contested`;
        let c = groups.get(k2);
        if (!c) { c = { color: DENIED, width: 1.5, dashed: true, alpha: 1, segs: [], late: true }; groups.set(k2, c); }
        c.segs.push(x1, y1, x2, y2);
      }
    }
    const ordered = [...groups.values()].sort((a, b) => (a.late ? 1 : 0) - (b.late ? 1 : 0) || a.alpha - b.alpha || a.width - b.width);
    ctx.lineCap = 'round';
    for (const g of ordered) {
      ctx.beginPath();
      for (let i = 0; i < g.segs.length; i += 4) { ctx.moveTo(g.segs[i], g.segs[i + 1]); ctx.lineTo(g.segs[i + 2], g.segs[i + 3]); }
      ctx.globalAlpha = g.alpha;
      ctx.strokeStyle = g.color;
      ctx.lineWidth = g.width;
      ctx.setLineDash(g.dashed ? [6, 5] : []);
      ctx.stroke();
    }
    ctx.setLineDash([]);
    ctx.globalAlpha = 1;
    // The selected or hovered tie, on top.
    for (const p of [S.selPair, S.hover && S.hover.pair].filter(Boolean)) {
      if (!S.pairIndex.has(p.key)) continue;
      const [x1, y1] = toScreen(S.byId.get(p.a)), [x2, y2] = toScreen(S.byId.get(p.b));
      ctx.beginPath(); ctx.moveTo(x1, y1); ctx.lineTo(x2, y2);
      ctx.strokeStyle = '#ffd43b'; ctx.lineWidth = pairWidth(p) + 6; ctx.globalAlpha = 0.7; ctx.stroke();
      ctx.globalAlpha = 1;
      ctx.strokeStyle = p.best ? relColor(p.best.rel) : DENIED; ctx.lineWidth = pairWidth(p);
      ctx.setLineDash(p.best ? [] : [6, 5]); ctx.stroke(); ctx.setLineDash([]);
      if (p.best && !p.best.sym && p.a >= 0) arrow(p.best, pairWidth(p));
    }
    // Nodes.
    for (let i = S.visNodes.length - 1; i >= 0; i--) {
      const n = S.visNodes[i];
      const [x, y] = toScreen(n);
      const r = nodeRadius(n);
      if (x < -r || x > w + r || y < -r || y > h + r) continue;
      const st = n.members ? { shape: 'circle', color: COMMUNITY_COLORS[n.c % COMMUNITY_COLORS.length] } : kindStyle(n.kind);
      ctx.globalAlpha = focus && !focus.has(n.id) ? 0.2 : 1;
      shape(ctx, st.shape, x, y, r);
      ctx.fillStyle = st.color; ctx.fill();
      ctx.lineWidth = n.id === S.selNode ? 3 : 1.2;
      ctx.strokeStyle = n.id === S.selNode ? '#ffd43b' : '#fff';
      ctx.stroke();
    }
    ctx.globalAlpha = 1;
    if (S.showLabels) drawLabels(w, h, focus);
    S.painted = performance.now();
    // The first frame of the neighbourhood asked for (not of the map shown meanwhile).
    if (S.focusStarted != null && S.graph.view.mode === 'focus' && S.graph.view.actor === S.part.id) {
      S.focusTime = S.painted - S.focusStarted;
      S.focusStarted = null;
    }
    if (S.firstPaint == null && S.nodes.length) {
      S.firstPaint = performance.now();
      document.documentElement.dataset.ready = '1';
    }
  }

  // Communities as soft regions: under each community's actors on screen, one fill of
  // the union of discs around them, in the community's colour.
  function drawRegions(w, h) {
    const groups = new Map();
    for (const n of S.visNodes) {
      if (n.c == null) continue;
      if (!groups.has(n.c)) groups.set(n.c, []);
      groups.get(n.c).push(n);
    }
    const R = Math.max(18, Math.min(70, 46 * Math.sqrt(S.view.k)));
    ctx.globalAlpha = 0.1;
    for (const [c, ns] of groups) {
      if (ns.length < 3) continue;
      ctx.beginPath();
      for (const n of ns) {
        const [x, y] = toScreen(n);
        if (x < -R || x > w + R || y < -R || y > h + R) continue;
        ctx.moveTo(x + R, y);
        ctx.arc(x, y, R, 0, Math.PI * 2);
      }
      ctx.fillStyle = COMMUNITY_COLORS[c % COMMUNITY_COLORS.length];
      ctx.fill();
    }
    ctx.globalAlpha = 1;
  }

  function arrow(e, width) {
    const A = S.byId.get(e.s), B = S.byId.get(e.o);
    const [x1, y1] = toScreen(A), [x2, y2] = toScreen(B);
    const d = Math.hypot(x2 - x1, y2 - y1);
    if (d < 30) return;
    const ux = (x2 - x1) / d, uy = (y2 - y1) / d;
    const tipX = x2 - ux * (nodeRadius(B) + 3), tipY = y2 - uy * (nodeRadius(B) + 3);
    const s = 8 + width;
    ctx.beginPath();
    ctx.moveTo(tipX, tipY);
    ctx.lineTo(tipX - ux * s - uy * s * 0.5, tipY - uy * s + ux * s * 0.5);
    ctx.lineTo(tipX - ux * s + uy * s * 0.5, tipY - uy * s - ux * s * 0.5);
    ctx.closePath();
    ctx.fillStyle = relColor(e.rel); ctx.fill();
  }

  // Names, the most important first (see applyFilters), each at the first free spot
  // around its actor: a name never covers another name, and only the most important
  // (HUBS) may cover other actors' shapes, so that the hubs are always named.
  const HUBS = 12;
  function drawLabels(w, h, focus) {
    const cell = 64;
    const grids = { label: new Map(), disc: new Map() };
    const cells = (b, f) => {
      for (let gx = Math.floor(b[0] / cell); gx <= Math.floor(b[2] / cell); gx++) {
        for (let gy = Math.floor(b[1] / cell); gy <= Math.floor(b[3] / cell); gy++) if (f(gx + ':' + gy)) return true;
      }
      return false;
    };
    const hits = (grid, b, self) => cells(b, (k) => (grid.get(k) || []).some((o) => o.id !== self && b[0] < o.b[2] && o.b[0] < b[2] && b[1] < o.b[3] && o.b[1] < b[3]));
    const add = (grid, b, id) => cells(b, (k) => { if (!grid.has(k)) grid.set(k, []); grid.get(k).push({ b, id }); return false; });
    for (const n of S.visNodes) {
      const [x, y] = toScreen(n);
      const r = nodeRadius(n);
      if (x > -r && x < w + r && y > -r && y < h + r) add(grids.disc, [x - r, y - r, x + r, y + r], n.id);
    }
    ctx.textBaseline = 'middle';
    ctx.lineJoin = 'round';
    S.labels = [];
    const order = focus ? [...S.visNodes].sort((a, b) => (focus.has(b.id) ? 1 : 0) - (focus.has(a.id) ? 1 : 0)) : S.visNodes;
    const centre = S.part.mode === 'focus' && S.nodes.length ? toScreen(S.nodes[0]) : null;
    for (let i = 0; i < order.length && S.labels.length < 400; i++) {
      const n = order[i];
      if (focus && !focus.has(n.id) && S.labels.length > 0 && S.view.k < 1.5) continue;
      const [x, y] = toScreen(n);
      if (x < -100 || x > w + 100 || y < -20 || y > h + 20) continue;
      const hub = i < HUBS || n.id === S.selNode || n.hop === 0;
      const big = hub || (focus && focus.has(n.id));
      ctx.font = big ? '600 13px system-ui, sans-serif' : '12px system-ui, sans-serif';
      const text = n.name.length > 40 ? n.name.slice(0, 39) + '…' : n.name;
      const tw = ctx.measureText(text).width;
      const r = nodeRadius(n);
      // Right of the actor, else left, above, below, then the corners; on the rings
      // of a neighbourhood, the outer side first. Hubs also try farther out.
      const right = [x + r + 4, y], left = [x - r - 4 - tw, y];
      let spots = [right, left, [x - tw / 2, y - r - 9], [x - tw / 2, y + r + 9],
        [x + r, y - r - 8], [x + r, y + r + 8], [x - r - tw, y - r - 8], [x - r - tw, y + r + 8]];
      if (centre && x < centre[0]) spots = [left, right, ...spots.slice(2)];
      if (hub) for (const d of [18, 30, 44]) spots.push([x - tw / 2, y - r - d], [x - tw / 2, y + r + d], [x + r + d, y], [x - r - d - tw, y]);
      for (const [lx, ly] of spots) {
        const box = [lx - 2, ly - 8, lx + tw + 2, ly + 8];
        if (box[0] < 0 || box[2] > w || box[1] < 0 || box[3] > h) continue;
        if (hits(grids.label, box, null) || (!hub && hits(grids.disc, box, n.id))) continue;
        add(grids.label, box, n.id);
        ctx.strokeStyle = 'rgba(255,255,255,0.92)'; ctx.lineWidth = 4;
        ctx.strokeText(text, lx, ly);
        ctx.fillStyle = focus && !focus.has(n.id) ? '#868e96' : '#1f2a37';
        ctx.fillText(text, lx, ly);
        S.labels.push({ id: n.id, name: n.name, box });
        break;
      }
    }
  }

  // ---------------------------------------------------------------- view and hits

  // Fits every visible actor and the names to their right in the canvas.
  function fit() {
    const ns = S.visNodes.length ? S.visNodes : S.nodes;
    if (!ns.length) return;
    let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
    for (const n of ns) { x0 = Math.min(x0, n.x); y0 = Math.min(y0, n.y); x1 = Math.max(x1, n.x); y1 = Math.max(y1, n.y); }
    const w = canvas.clientWidth, h = canvas.clientHeight, pad = 24;
    ctx.font = '12px system-ui, sans-serif';
    let k = Math.min(3, (w - 2 * pad) / Math.max(1, x1 - x0), (h - 2 * pad) / Math.max(1, y1 - y0));
    // Room for names: a node at x needs x * k + its name width within the canvas.
    const labelled = ns.slice(0, 300);
    for (const n of labelled) {
      const lw = Math.min(260, ctx.measureText(n.name).width) + n.r + 8;
      if (n.x > x0) k = Math.min(k, (w - 2 * pad - lw) / (n.x - x0));
    }
    k = Math.max(0.02, k);
    let right = x0 * k;
    for (const n of labelled) right = Math.max(right, n.x * k + Math.min(260, ctx.measureText(n.name).width) + n.r + 8);
    S.view = { k, x: w / 2 - (x0 * k + right) / 2, y: h / 2 - k * (y0 + y1) / 2 };
    requestDraw();
  }

  function zoomAt(factor, sx, sy) {
    const k = Math.min(20, Math.max(0.02, S.view.k * factor));
    const f = k / S.view.k;
    S.view = { k, x: sx - (sx - S.view.x) * f, y: sy - (sy - S.view.y) * f };
    requestDraw();
  }

  function centerOn(n) {
    const w = canvas.clientWidth, h = canvas.clientHeight;
    const k = Math.max(S.view.k, 1);
    S.view = { k, x: w / 2 - k * n.x, y: h / 2 - k * n.y };
    requestDraw();
  }

  function hitNode(sx, sy) {
    let best = null, bd = Infinity;
    for (const n of S.visNodes) {
      const [x, y] = toScreen(n);
      const d = Math.hypot(x - sx, y - sy);
      if (d <= nodeRadius(n) + 3 && d < bd) { best = n; bd = d; }
    }
    return best;
  }

  function segDist(px, py, x1, y1, x2, y2) {
    const dx = x2 - x1, dy = y2 - y1;
    const l2 = dx * dx + dy * dy;
    const t = l2 ? Math.max(0, Math.min(1, ((px - x1) * dx + (py - y1) * dy) / l2)) : 0;
    return Math.hypot(px - x1 - t * dx, py - y1 - t * dy);
  }

  function hitPair(sx, sy) {
    let best = null, bd = Infinity;
    for (const p of S.pairs) {
      const [x1, y1] = toScreen(S.byId.get(p.a)), [x2, y2] = toScreen(S.byId.get(p.b));
      const d = segDist(sx, sy, x1, y1, x2, y2);
      const tol = Math.max(5, pairWidth(p) / 2 + 3);
      // Stronger ties win ties in distance.
      const score = d - (p.best ? p.best.conf : 0);
      if (d <= tol && score < bd) { best = p; bd = score; }
    }
    return best;
  }

  function hit(sx, sy) {
    const n = hitNode(sx, sy);
    if (n) return { node: n };
    const p = hitPair(sx, sy);
    return p ? { pair: p } : null;
  }

  let drag = null;
  canvas.addEventListener('mousedown', (ev) => { drag = { x: ev.clientX, y: ev.clientY, vx: S.view.x, vy: S.view.y, moved: false }; });
  window.addEventListener('mousemove', (ev) => {
    const rect = canvas.getBoundingClientRect();
    const sx = ev.clientX - rect.left, sy = ev.clientY - rect.top;
    if (drag) {
      const dx = ev.clientX - drag.x, dy = ev.clientY - drag.y;
      if (Math.abs(dx) + Math.abs(dy) > 3) drag.moved = true;
      if (drag.moved) { S.view.x = drag.vx + dx; S.view.y = drag.vy + dy; requestDraw(); }
      return;
    }
    if (ev.target !== canvas) { if (S.hover) { S.hover = null; $('tooltip').hidden = true; requestDraw(); } return; }
    const h = hit(sx, sy);
    const changed = (h && h.node) !== (S.hover && S.hover.node) || (h && h.pair) !== (S.hover && S.hover.pair);
    S.hover = h;
    const tip = $('tooltip');
    if (!h) { tip.hidden = true; } else {
      tip.textContent = h.node ? `${h.node.name} (${h.node.kind})` : pairSummary(h.pair);
      tip.hidden = false;
      tip.style.left = Math.min(sx + 14, canvas.clientWidth - 330) + 'px';
      tip.style.top = (sy + 14) + 'px';
    }
    canvas.style.cursor = h ? 'pointer' : '';
    if (changed) requestDraw();
  });
  window.addEventListener('mouseup', (ev) => {
    if (!drag) return;
    const wasClick = !drag.moved && ev.target === canvas;
    drag = null;
    if (!wasClick) return;
    const rect = canvas.getBoundingClientRect();
    const h = hit(ev.clientX - rect.left, ev.clientY - rect.top);
    if (!h) { S.selNode = null; S.selPair = null; markTable(false); requestDraw(); return; }
    if (h.node && h.node.members) { S.expanded.add(h.node.c); applyFilters(); requestDraw(); }
    else if (h.node) openActor(h.node.id, true);
    else {
      // A line to a community node stands for several pairs: the strongest one's dossier.
      const t = h.pair.best || h.pair.ties[0];
      openPair(h.pair.a < 0 || h.pair.b < 0 ? t.s : h.pair.a, h.pair.a < 0 || h.pair.b < 0 ? t.o : h.pair.b, true);
    }
  });
  canvas.addEventListener('dblclick', (ev) => {
    const rect = canvas.getBoundingClientRect();
    const n = hitNode(ev.clientX - rect.left, ev.clientY - rect.top);
    if (n) focusActor(n.id, n.name);
  });
  canvas.addEventListener('wheel', (ev) => {
    ev.preventDefault();
    const rect = canvas.getBoundingClientRect();
    zoomAt(Math.exp(-ev.deltaY * 0.0015), ev.clientX - rect.left, ev.clientY - rect.top);
  }, { passive: false });
  canvas.addEventListener('keydown', (ev) => {
    if (ev.key === '+' || ev.key === '=') zoomAt(1.25, canvas.clientWidth / 2, canvas.clientHeight / 2);
    else if (ev.key === '-') zoomAt(0.8, canvas.clientWidth / 2, canvas.clientHeight / 2);
    else if (ev.key === 'Escape') { S.selNode = null; S.selPair = null; markTable(false); requestDraw(); }
  });
  $('zoom-in').addEventListener('click', () => zoomAt(1.3, canvas.clientWidth / 2, canvas.clientHeight / 2));
  $('zoom-out').addEventListener('click', () => zoomAt(1 / 1.3, canvas.clientWidth / 2, canvas.clientHeight / 2));
  $('zoom-fit').addEventListener('click', fit);

  function pairSummary(p) {
    const A = S.byId.get(p.a).name, B = S.byId.get(p.b).name;
    const lines = [`${A} — ${B}`];
    const ties = [...p.ties].sort((x, y) => y.conf - x.conf);
    for (const t of ties.slice(0, 6)) {
      const dir = t.sym ? '' : ` (${S.byId.get(t.s).name} → ${S.byId.get(t.o).name})`;
      lines.push(t.affClaims > 0
        ? `${label(t.rel)}${dir}: ${t.conf.toFixed(2)} ${t.level}, ${t.aff} sources${t.neg ? `, ${t.neg} denying` : ''}`
        : `${label(t.rel)}${dir}: only denied (${t.neg} sources)`);
    }
    if (ties.length > 6) lines.push(`… ${ties.length - 6} more`);
    return lines.join('\n');
  }

  // ---------------------------------------------------------------- panels

  const history = [];
  let current = null;
  function show(view, push) {
    if (push && current) history.push(current);
    current = view;
    $('panel-nav').hidden = history.length === 0;
    view();
  }
  $('panel-back').addEventListener('click', () => {
    const prev = history.pop();
    if (prev) { current = prev; $('panel-nav').hidden = history.length === 0; prev(); }
  });

  function panel(...children) {
    const body = $('panel-body');
    body.replaceChildren(...children);
    $('panel').scrollTop = 0;
  }

  function fail(e) { panel(el('p', { class: 'error' }, 'Could not load: ' + e.message)); }

  function selectPair(a, b) {
    S.selPair = S.pairIndex.get(pairKey(a, b)) || { key: `${Math.min(a, b)}:${Math.max(a, b)}`, a: Math.min(a, b), b: Math.max(a, b), best: null, width: 0 };
    S.selNode = null;
    markTable(true);
    requestDraw();
  }

  function openPair(a, b, push) {
    selectPair(a, b);
    show(() => renderPair(a, b), push);
  }

  function openActor(id, push) {
    S.selNode = id;
    S.selPair = null;
    applyFilters();
    markTable(true);
    requestDraw();
    show(() => renderActor(id), push);
  }

  function dateRange(f, l) { return f && l ? (f === l ? f : `${f} – ${l}`) : 'undated'; }

  async function renderPair(a, b) {
    panel(el('p', { class: 'hint' }, 'loading the dossier…'));
    let d;
    const pq = periodQuery();
    try { d = await api(`/api/ties?a=${a}&b=${b}${pq ? `&${pq}` : ''}`); } catch (e) { fail(e); return; }
    const parts = [
      el('h2', { id: 'dossier-title' }, `${d.a} and ${d.b}`),
      el('p', { class: 'meta' }, S.asOf ? `Claims dated by ${basisWords()} up to ${S.asOf} (undated claims left out).` : `All dates; claims dated by ${basisWords()}.`),
    ];
    if (!d.relations.length) parts.push(el('p', null, 'No claim in this period relates them.'));
    if (d.cooperation) {
      const c = d.cooperation;
      parts.push(el('p', null, el('strong', null, 'Any cooperative tie: '), c.confidence.toFixed(2), el('span', { class: `badge ${c.level}` }, c.level), ' ', c.explanation));
    }
    for (const t of d.relations) {
      const arrowTxt = t.symmetric ? 'and' : '→';
      const sec = el('section', { class: 'relation', 'data-relation': t.relation },
        el('h3', null, `${label(t.relation)}: ${t.subject} ${arrowTxt} ${t.object}`,
          el('span', { class: `badge ${t.level}` }, `${t.confidence.toFixed(2)} ${t.level}`)),
        el('p', { class: 'meta' }, `${t.affirmed.independent_sources} independent sources affirm (${t.affirmed.claims} claims, ${t.affirmed.copied_claims} copies folded); ${t.negated.independent_sources} deny. ${dateRange(t.first, t.last)}.`),
        el('p', null, t.explanation));
      for (const e of t.evidence) sec.append(evidenceCard(e));
      parts.push(sec);
    }
    panel(...parts);
  }

  function evidenceCard(e) {
    const neg = e.polarity === 'negated';
    const src = [e.title || e.doc, e.outlet, e.original_outlet && `republished from ${e.original_outlet}`, e.page && `p. ${e.page}`].filter(Boolean).join(' · ');
    const when = `Event time: ${e.event_time || 'not given'}; reported ${e.report_time || 'undated'}.`;
    const speaker = e.speaker === 'author' ? "the document's own voice" : `${e.speaker} (${e.speaker_kind})`;
    const card = el('div', { class: `evidence ${neg ? 'negated' : 'affirmed'}`, 'data-claim': e.claim_id },
      neg ? el('span', { class: 'badge denial' }, 'denial') : null,
      el('blockquote', { class: 'quote' }, `“${e.sentence}”`),
      el('div', { class: 'meta' }, src),
      el('div', { class: 'meta' }, when),
      el('div', { class: 'meta' }, `Speaker: ${speaker}; ${e.modality}.`),
      e.copied_from ? el('div', { class: 'meta' }, `In a passage copied from ${e.copied_from.title || e.copied_from.doc}: counted under that document.`) : null,
      e.copies && e.copies.length ? el('div', { class: 'meta' }, `Copied in ${e.copies.length} later document(s), not counted again.`) : null);
    if (e.doc_id != null) {
      card.append(el('button', { type: 'button', class: 'open-doc', onclick: () => show(() => renderDocument(e.doc_id, e.claim_id), true) }, 'Open the document at this sentence'));
    }
    return card;
  }

  async function renderActor(id) {
    panel(el('p', { class: 'hint' }, 'loading…'));
    let a;
    try { a = await api(`/api/actors/${id}`); } catch (e) { fail(e); return; }
    const n = S.byId.get(id);
    const parts = [
      el('h2', { id: 'actor-title' }, a.name),
      el('p', { class: 'meta' }, `${a.kind} · ${a.origin === 'pack' ? 'from the reference pack' : 'discovered in the articles'} · ${a.mentions} mentions in ${a.documents} documents`),
    ];
    if (a.reason) parts.push(el('p', { class: 'meta' }, `Why: ${a.reason}`));
    if (n) parts.push(el('button', { type: 'button', onclick: () => centerOn(n) }, 'Centre the map on it'), ' ');
    else if (!a.on_map) parts.push(el('p', { class: 'hint' }, 'Not on the map: it has no tie.'));
    if (a.on_map && !(S.part.mode === 'focus' && S.part.id === id)) {
      parts.push(el('button', { type: 'button', id: 'focus-actor', onclick: () => focusActor(id, a.name) }, 'Show its neighbourhood'));
    }
    parts.push(el('h3', null, `Names it goes by (${a.aliases.length})`));
    parts.push(el('ul', { class: 'aliases' }, a.aliases.map((x) => el('li', null, x.name, ' ', el('span', { class: 'why' }, `— ${x.reason}`)))));
    parts.push(el('h3', null, `Ties (${a.ties.length})`));
    const ties = [...a.ties].sort((x, y) => y.conf - x.conf || y.aff - x.aff);
    // The strongest first; a hub's hundreds more on request.
    const list = el('ul', { class: 'ties-list' });
    const item = (t) => {
      const dir = t.direction === 'both' ? '—' : t.direction === 'out' ? '→' : '←';
      const denied = t.affClaims === 0;
      const sw = el('span', { class: 'swatch' });
      // Coloured through the CSSOM, which the content security policy allows.
      sw.style.background = denied ? DENIED : relColor(t.rel);
      return el('li', null, el('button', { type: 'button', onclick: () => openPair(id, t.other_id, true) },
        sw, ' ',
        `${label(t.rel)} ${dir} ${t.other}`, ' ',
        denied ? el('span', { class: 'neg' }, `denied (${t.neg} sources)`) : `${t.conf.toFixed(2)} · ${t.aff} sources`,
        !denied && t.neg ? el('span', { class: 'neg' }, ` · ${t.neg} denying`) : null));
    };
    const FIRST = 60;
    list.append(...ties.slice(0, FIRST).map(item));
    parts.push(list);
    if (ties.length > FIRST) {
      const more = el('button', { type: 'button', class: 'linklike', onclick: () => { list.append(...ties.slice(FIRST).map(item)); more.remove(); } }, `list all ${ties.length} ties`);
      parts.push(more);
    }
    panel(...parts);
  }

  async function renderDocument(docId, claimId) {
    panel(el('p', { class: 'hint' }, 'loading the document…'));
    let d;
    try { d = await api(`/api/documents/${docId}${claimId != null ? `?claim=${claimId}` : ''}`); } catch (e) { fail(e); return; }
    const meta = [d.outlet, d.author && `by ${d.author}`, d.published, d.original_outlet && `republished from ${d.original_outlet}`].filter(Boolean).join(' · ');
    const text = el('div', { class: 'doc-text', id: 'doc-text' });
    const h = d.highlight;
    if (h) {
      const mark = el('mark', { id: 'evidence-mark' }, d.text.slice(h.start, h.end));
      text.append(d.text.slice(0, h.start), mark, d.text.slice(h.end));
    } else {
      text.append(d.text);
    }
    const copies = [...(d.copies_from || []).map((c) => `copies ${c.passages} passages from ${c.doc}`), ...(d.copied_by || []).map((c) => `copied by ${c.doc}`)];
    panel(el('h2', { id: 'doc-title' }, d.title || d.name), el('p', { class: 'meta' }, meta), el('p', { class: 'meta' }, d.name),
      copies.length ? el('p', { class: 'meta' }, copies.join('; ')) : null, text);
    const mark = $('evidence-mark');
    if (mark) mark.scrollIntoView({ block: 'center' });
  }

  // ---------------------------------------------------------------- search

  const input = $('search'), results = $('search-results');
  let searchTimer = null, searchSeq = 0;
  input.addEventListener('input', () => {
    clearTimeout(searchTimer);
    searchTimer = setTimeout(runSearch, 120);
  });
  input.addEventListener('keydown', (ev) => {
    if (ev.key === 'Enter') { const first = results.querySelector('button'); if (first) first.click(); }
    else if (ev.key === 'ArrowDown') { const first = results.querySelector('button'); if (first) { ev.preventDefault(); first.focus(); } }
    else if (ev.key === 'Escape') results.hidden = true;
  });
  results.addEventListener('keydown', (ev) => {
    const items = [...results.querySelectorAll('button')];
    const i = items.indexOf(document.activeElement);
    if (ev.key === 'ArrowDown' && i < items.length - 1) { ev.preventDefault(); items[i + 1].focus(); }
    if (ev.key === 'ArrowUp') { ev.preventDefault(); (i > 0 ? items[i - 1] : input).focus(); }
    if (ev.key === 'Escape') { results.hidden = true; input.focus(); }
  });
  document.addEventListener('click', (ev) => { if (!$('search-wrap').contains(ev.target)) results.hidden = true; });

  async function runSearch() {
    const q = input.value.trim();
    const seq = ++searchSeq;
    if (!q) { results.hidden = true; return; }
    let hits;
    try { hits = await api('/api/search?q=' + encodeURIComponent(q)); } catch (e) { return; }
    if (seq !== searchSeq) return;
    results.replaceChildren(...hits.map((h) => el('li', { role: 'option' }, el('button', {
      type: 'button', 'data-actor': h.id,
      onclick: () => {
        results.hidden = true;
        if (h.on_map) focusActor(h.id, h.name);
        openActor(h.id, true);
      },
    }, h.name, el('span', { class: 'sub' }, [h.kind, h.matched !== h.name && `as “${h.matched}”`, h.close_spelling && 'close spelling', !h.on_map && 'not on the map'].filter(Boolean).join(' · '))))));
    if (!hits.length) results.replaceChildren(el('li', { class: 'hint' }, 'No actor by that name.'));
    results.hidden = false;
  }

  // ---------------------------------------------------------------- filters

  $('conf').addEventListener('input', () => {
    S.minConf = Number($('conf').value);
    $('conf-out').textContent = S.minConf.toFixed(2);
    applyFilters(); requestDraw();
  });
  $('show-denied').addEventListener('change', () => { S.showDenied = $('show-denied').checked; applyFilters(); requestDraw(); });
  $('show-labels').addEventListener('change', () => { S.showLabels = $('show-labels').checked; requestDraw(); });
  $('show-regions').addEventListener('change', () => { S.showRegions = $('show-regions').checked; requestDraw(); });
  $('collapse').addEventListener('change', () => { S.collapse = $('collapse').checked; S.expanded.clear(); S.selPair = null; applyFilters(); fit(); });

  // ---------------------------------------------------------------- the table of ties

  // The ties of the lines drawn, one row each, sorted by a column; rows are focusable
  // (arrow keys move, Enter opens the dossier) and follow the selection on the map.
  const TABLE_ROWS = 5000;
  const tbody = $('tie-table').querySelector('tbody');
  let tableTimer = null, tableAll = false;
  // After the next frame is drawn (the map first), and not while a view is loading.
  function scheduleTable() {
    clearTimeout(tableTimer);
    tableGen++;
    $('tie-table').setAttribute('aria-busy', 'true');
    if (S.inflight) return;
    requestAnimationFrame(() => { clearTimeout(tableTimer); tableTimer = setTimeout(renderTable, 0); });
  }

  const tieKey = (e) => `${e.s}|${e.rel}|${e.o}`;
  const sortValue = {
    a: (e) => S.byId.get(e.s).name.toLowerCase(),
    rel: (e) => e.rel,
    b: (e) => S.byId.get(e.o).name.toLowerCase(),
    conf: (e) => (e.affClaims > 0 ? e.conf : -1),
    src: (e) => e.aff * 1000 + e.neg,
    dates: (e) => e.first || '',
  };

  function tableTies() {
    const ties = [];
    for (const p of S.pairs) for (const e of p.ties) ties.push(e);
    const f = sortValue[S.sort.col], d = S.sort.dir;
    ties.sort((x, y) => {
      const a = f(x), b = f(y);
      return (a < b ? -d : a > b ? d : 0) || (y.conf - x.conf) || (tieKey(x) < tieKey(y) ? -1 : 1);
    });
    return ties;
  }

  // Rows are built a few hundred at a time, each batch in its own task, so a long table
  // never holds up the map or a click; the table is aria-busy until the last batch.
  const TABLE_BATCH = 250;
  let tableGen = 0;
  function renderTable() {
    const gen = ++tableGen;
    const ties = tableTies();
    const rows = tableAll ? ties : ties.slice(0, TABLE_ROWS);
    const table = $('tie-table');
    table.setAttribute('aria-busy', 'true');
    tbody.replaceChildren();
    const row = (e) => {
      const A = S.byId.get(e.s), B = S.byId.get(e.o);
      const denied = e.affClaims === 0;
      return el('tr', { tabindex: -1, 'data-pair': pairKey(e.s, e.o), 'data-tie': tieKey(e) },
        el('td', null, A.name),
        el('td', null, `${label(e.rel)} ${e.sym ? '—' : '→'}`),
        el('td', null, B.name),
        el('td', { class: 'num' }, denied ? el('span', { class: 'neg' }, 'denied') : `${e.conf.toFixed(2)} ${e.level}`),
        el('td', { class: 'num' }, `${e.aff}`, e.neg ? el('span', { class: 'neg' }, ` · ${e.neg} deny`) : null),
        el('td', null, dateRange(e.first, e.last)));
    };
    const batch = (from) => {
      if (gen !== tableGen) return;
      tbody.append(...rows.slice(from, from + TABLE_BATCH).map(row));
      if (from === 0 && tbody.firstElementChild) tbody.firstElementChild.tabIndex = 0;
      if (from + TABLE_BATCH < rows.length) { tableTimer = setTimeout(() => batch(from + TABLE_BATCH), 0); return; }
      markTable(false);
      table.setAttribute('aria-busy', 'false');
    };
    batch(0);
    const more = $('table-more');
    more.hidden = rows.length === ties.length;
    if (!more.hidden) {
      more.replaceChildren(`The first ${rows.length} of ${ties.length} ties. `,
        el('button', { type: 'button', onclick: () => { tableAll = true; renderTable(); } }, 'list them all'));
    }
    $('table-caption').textContent = `Ties on the map (${ties.length}): the same as the lines drawn, by ${S.sort.col === 'conf' ? 'confidence' : table.querySelector(`th[data-col="${S.sort.col}"]`).textContent.toLowerCase()}`;
  }

  // Marks the rows of the selected pair (and those of a selected actor's ties).
  function markTable(scroll) {
    let firstSel = null;
    const sel = S.selPair && S.selPair.key;
    for (const tr of tbody.children) {
      const on = tr.dataset.pair === sel;
      if (on) tr.setAttribute('aria-current', 'true'); else tr.removeAttribute('aria-current');
      if (on && !firstSel) firstSel = tr;
      const [a, b] = tr.dataset.pair.split(':').map(Number);
      tr.classList.toggle('related', S.selNode != null && (a === S.selNode || b === S.selNode));
    }
    if (scroll && firstSel && document.activeElement !== firstSel) firstSel.scrollIntoView({ block: 'nearest' });
  }

  for (const th of $('tie-table').querySelectorAll('th')) {
    th.querySelector('button').addEventListener('click', () => {
      const col = th.dataset.col;
      S.sort = { col, dir: S.sort.col === col ? -S.sort.dir : (col === 'conf' || col === 'src' ? -1 : 1) };
      for (const o of $('tie-table').querySelectorAll('th')) o.removeAttribute('aria-sort');
      th.setAttribute('aria-sort', S.sort.dir > 0 ? 'ascending' : 'descending');
      renderTable();
    });
  }
  // The two actors of a row's tie (not the nodes they may be drawn as).
  const rowPair = (tr) => { const [s, , o] = tr.dataset.tie.split('|'); return [Number(s), Number(o)]; };
  tbody.addEventListener('click', (ev) => {
    const tr = ev.target.closest('tr');
    if (!tr) return;
    moveTo(tr);
    const [a, b] = rowPair(tr);
    openPair(a, b, true);
  });
  function moveTo(tr) {
    for (const r of tbody.querySelectorAll('tr[tabindex="0"]')) r.tabIndex = -1;
    tr.tabIndex = 0;
    tr.focus();
  }
  tbody.addEventListener('keydown', (ev) => {
    const tr = ev.target.closest('tr');
    if (!tr) return;
    const rows = tbody.children;
    const i = Array.prototype.indexOf.call(rows, tr);
    const page = Math.max(1, Math.floor($('table-wrap').clientHeight / Math.max(1, tr.offsetHeight)) - 2);
    const to = { ArrowDown: i + 1, ArrowUp: i - 1, Home: 0, End: rows.length - 1, PageDown: i + page, PageUp: i - page }[ev.key];
    if (to != null) {
      ev.preventDefault();
      const next = rows[Math.max(0, Math.min(rows.length - 1, to))];
      moveTo(next);
      const [a, b] = rowPair(next);
      selectPair(a, b);
    } else if (ev.key === 'Enter' || ev.key === ' ') {
      ev.preventDefault();
      const [a, b] = rowPair(tr);
      openPair(a, b, true);
    }
  });

  // Hooks for the browser tests: where a tie or an actor is on screen.
  window.__tiegraph = {
    get firstPaint() { return S.firstPaint; },
    // Milliseconds from asking for an actor's neighbourhood to the first frame that drew it.
    get focusTime() { return S.focusTime; },
    view: () => ({ ...S.part, loaded: S.graph ? S.graph.view : null }),
    stats: () => ({ nodes: S.visNodes.length, pairs: S.pairs.length }),
    // The ties of the lines drawn, as "subject|relation|object".
    drawnTies: () => S.pairs.flatMap((p) => p.ties.map(tieKey)),
    // The names drawn at the last frame, with their boxes in canvas pixels.
    labels: () => S.labels.map((l) => ({ ...l, box: [...l.box] })),
    selectedPair: () => (S.selPair ? S.selPair.key : null),
    canvasSize: () => ({ w: canvas.clientWidth, h: canvas.clientHeight }),
    nodes: () => S.visNodes.map((n) => ({ id: n.id, name: n.name, hop: n.hop, rank: n.rank, members: n.members ? n.members.length : undefined })),
    nodePoint(name) {
      const n = S.visNodes.find((x) => x.name === name);
      if (!n) return null;
      const [x, y] = toScreen(n);
      const r = canvas.getBoundingClientRect();
      return { x: r.left + x, y: r.top + y };
    },
    // A point on the line between two actors that the map resolves to that pair.
    pairPoint(nameA, nameB) {
      const a = S.visNodes.find((x) => x.name === nameA), b = S.visNodes.find((x) => x.name === nameB);
      if (!a || !b) return null;
      const key = a.id < b.id ? `${a.id}:${b.id}` : `${b.id}:${a.id}`;
      const [x1, y1] = toScreen(a), [x2, y2] = toScreen(b);
      const r = canvas.getBoundingClientRect();
      for (let t = 0.5, i = 0; i < 40; i++, t = 0.5 + (i % 2 ? 1 : -1) * Math.ceil(i / 2) * 0.02) {
        const sx = x1 + (x2 - x1) * t, sy = y1 + (y2 - y1) * t;
        if (sx < 0 || sy < 0 || sx > canvas.clientWidth || sy > canvas.clientHeight) continue;
        const h = hit(sx, sy);
        if (h && h.pair && h.pair.key === key) return { x: r.left + sx, y: r.top + sy };
      }
      return null;
    },
  };

  new ResizeObserver(resize).observe(canvas);
  resize();
  S.crumbs = [{ label: 'Overview', view: S.part }];
  loadGraph();
})();
