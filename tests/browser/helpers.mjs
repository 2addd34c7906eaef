// What the browser tests share: how Chromium is launched and how `tiegraph serve` is
// started on a store.
import { spawn } from 'node:child_process';

export const launchArgs = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run'];

// Starts `tiegraph serve` on a free port and resolves with the process and its URL.
export function serve(binPath, db) {
  const proc = spawn(binPath, ['serve', '--db', db, '--addr', '127.0.0.1:0'], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    let out = '';
    proc.stdout.on('data', (d) => {
      out += d;
      const m = out.match(/http:\/\/127\.0\.0\.1:\d+\//);
      if (m) resolve({ proc, url: m[0] });
    });
    proc.on('exit', (code) => reject(new Error(`tiegraph serve exited with ${code}`)));
  });
}

// A page of the map at `base` that records any script error, dialog, or request leaving
// the server in `problems`, once the map has drawn.
export async function openMap(context, base) {
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('dialog', (d) => { problems.push(`dialog: ${d.message()}`); d.dismiss(); });
  page.on('request', (r) => { if (!r.url().startsWith(base)) problems.push(`request elsewhere: ${r.url()}`); });
  if (process.env.TIEGRAPH_DEBUG) page.on('console', (m) => console.log('console:', m.type(), m.text()));
  await page.goto(base);
  await page.waitForSelector('html[data-ready="1"]', { timeout: 60000 });
  return { page, problems };
}
