// First paint of the map: loads URL in headless Chromium RUNS times (a fresh page each)
// and prints the milliseconds from navigation start to the first frame that draws the
// map, as measured by the page (window.__tiegraph.firstPaint). Used by
// bench/ui-first-paint.sh.
import { chromium } from 'playwright-core';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const url = process.argv[2];
const runs = Number(process.argv[3] || 5);
const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'tiegraph-paint-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: '/usr/bin/chromium',
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--no-first-run'],
  viewport: { width: 1600, height: 1000 },
});
const times = [];
try {
  for (let i = 0; i < runs; i++) {
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForSelector('html[data-ready="1"]', { timeout: 60000 });
    const r = await page.evaluate(() => ({ t: window.__tiegraph.firstPaint, ...window.__tiegraph.stats() }));
    times.push(r.t);
    console.log(`run ${i + 1}: first paint ${r.t.toFixed(0)} ms (${r.nodes} actors, ${r.pairs} lines drawn)`);
    if (i === 0 && process.env.SCREENSHOT) await page.screenshot({ path: process.env.SCREENSHOT });
    await page.close();
  }
} finally {
  await context.close();
  fs.rmSync(profile, { recursive: true, force: true });
}
const sorted = [...times].sort((a, b) => a - b);
console.log(`first paint: median ${sorted[Math.floor(sorted.length / 2)].toFixed(0)} ms, worst ${sorted[sorted.length - 1].toFixed(0)} ms over ${runs} loads`);
