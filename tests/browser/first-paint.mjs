// First paint of the map: loads URL in headless Chromium RUNS times (a fresh page each)
// and prints the milliseconds from navigation start to the first frame that draws the
// map, as measured by the page (window.__tiegraph.firstPaint), then the milliseconds
// from choosing a searched actor to the first frame of its neighbourhood
// (window.__tiegraph.focusTime), for a different actor of the overview each run. Used by
// bench/ui-first-paint.sh.
import { chromium } from 'playwright-core';
import { launchArgs } from './helpers.mjs';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const url = process.argv[2];
const runs = Number(process.argv[3] || 5);
const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'tiegraph-paint-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: '/usr/bin/chromium',
  headless: true,
  args: launchArgs,
  viewport: { width: 1600, height: 1000 },
});
const times = [];
const focusTimes = [];
try {
  for (let i = 0; i < runs; i++) {
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForSelector('html[data-ready="1"]', { timeout: 60000 });
    const r = await page.evaluate(() => ({ t: window.__tiegraph.firstPaint, ...window.__tiegraph.stats() }));
    times.push(r.t);
    if (i === 0 && process.env.SCREENSHOT) await page.screenshot({ path: process.env.SCREENSHOT });
    // Focus: the actor of rank 2 + i, found by search.
    const target = await page.evaluate((k) => window.__tiegraph.nodes().find((n) => n.rank === k), 2 + i);
    let focus = '';
    if (target) {
      await page.fill('#search', target.name);
      await page.click(`#search-results button[data-actor="${target.id}"]`);
      await page.waitForFunction(() => window.__tiegraph.focusTime != null, null, { timeout: 60000 });
      const f = await page.evaluate(() => ({ t: window.__tiegraph.focusTime, ...window.__tiegraph.stats() }));
      focusTimes.push(f.t);
      focus = `; neighbourhood of ${target.name} ${f.t.toFixed(0)} ms (${f.nodes} actors, ${f.pairs} lines)`;
    }
    console.log(`run ${i + 1}: first paint ${r.t.toFixed(0)} ms (${r.nodes} actors, ${r.pairs} lines drawn)${focus}`);
    await page.close();
  }
} finally {
  await context.close();
  fs.rmSync(profile, { recursive: true, force: true });
}
const summary = (what, ts) => {
  if (!ts.length) return;
  const sorted = [...ts].sort((a, b) => a - b);
  console.log(`${what}: median ${sorted[Math.floor(sorted.length / 2)].toFixed(0)} ms, worst ${sorted[sorted.length - 1].toFixed(0)} ms over ${ts.length} runs`);
};
summary('first paint', times);
summary('neighbourhood of a searched actor', focusTimes);
