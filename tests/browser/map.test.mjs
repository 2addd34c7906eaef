// Browser tests of `tiegraph serve` in headless Debian Chromium (playwright-core, no
// downloaded browsers). Run from the repository root after `cargo build`:
//   node --test tests/browser/
// TIEGRAPH_BIN overrides the binary (default target/debug/tiegraph); the corpus is
// ../shared/seeds when present, else examples/articles.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { launchArgs, serve, openMap as openPage } from './helpers.mjs';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
const bin = process.env.TIEGRAPH_BIN || path.join(root, 'target/debug/tiegraph');
const seeds = path.resolve(root, '../shared/seeds');
const corpus = fs.existsSync(seeds) ? seeds : path.join(root, 'examples/articles');
const artifacts = path.join(root, 'test-artifacts');
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'tiegraph-browser-'));

// A crafted article: markup and script in its title and body, and a claim whose
// evidence sentence carries some.
const HOSTILE = `<script>window.__pwned = 'title'</script> Haqqani <b>dossier</b>

By <img src=x onerror="window.__pwned = 'byline'">

The Haqqani Network funds the Taliban <img src=x onerror="window.__pwned = 'img'"><script>window.__pwned = 'body'</script>.

Analysts wrote <a href="javascript:window.__pwned='link'">click</a> and <iframe src="http://example.invalid/"></iframe> in their notes.
`;

let server, browser, context, base;

before(async () => {
  const hostileDir = path.join(scratch, 'hostile');
  fs.mkdirSync(hostileDir);
  fs.writeFileSync(path.join(hostileDir, 'hostile-article.txt'), HOSTILE);
  const db = path.join(scratch, 'map.db');
  execFileSync(bin, ['ingest', '--quiet', '--db', db, corpus, hostileDir], { stdio: 'inherit' });
  ({ proc: server, url: base } = await serve(bin, db));
  context = await chromium.launchPersistentContext(path.join(scratch, 'profile'), {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: launchArgs,
    viewport: { width: 1600, height: 1000 },
  });
  browser = context;
});

after(async () => {
  if (browser) await browser.close();
  if (server) server.kill();
  fs.rmSync(scratch, { recursive: true, force: true });
});

// A page that fails the test on any script error and on any request leaving the server.
const openMap = () => openPage(context, base);

test('the map loads, is legible, and is saved as a screenshot', async () => {
  const { page, problems } = await openMap();
  const stats = await page.evaluate(() => window.__tiegraph.stats());
  assert.ok(stats.nodes > 10 && stats.pairs > 10, JSON.stringify(stats));
  assert.ok(await page.evaluate(() => window.__tiegraph.nodePoint('Taliban')), 'Taliban is on the map');
  fs.mkdirSync(artifacts, { recursive: true });
  // The seed articles: about 50 actors, all in the overview.
  await page.screenshot({ path: path.join(artifacts, 'map-50.png') });
  assert.deepEqual(problems, []);
  await page.close();
});

test('clicking the Taliban–al-Qaeda tie shows its evidence, then the document with the sentence highlighted', async () => {
  const { page, problems } = await openMap();
  const p = await page.evaluate(() => window.__tiegraph.pairPoint('Taliban', 'al-Qaeda'));
  assert.ok(p, 'the Taliban–al-Qaeda line is on screen and clickable');
  await page.mouse.click(p.x, p.y);
  await page.waitForSelector('#dossier-title');
  assert.match(await page.textContent('#dossier-title'), /Taliban and al-Qaeda|al-Qaeda and Taliban/);
  const quotes = page.locator('#panel .evidence blockquote');
  assert.ok(await quotes.count() > 0, 'evidence is quoted');
  // Denials are shown apart from affirmations.
  const denials = await page.locator('#panel .evidence.negated').count();
  const affirmations = await page.locator('#panel .evidence.affirmed').count();
  assert.ok(affirmations > 0);
  if (denials > 0) {
    const style = await page.locator('#panel .evidence.negated').first().evaluate((e) => getComputedStyle(e).borderLeftStyle);
    assert.equal(style, 'dashed');
  }
  const first = page.locator('#panel .evidence.affirmed').first();
  const quoted = (await first.locator('blockquote').textContent()).replace(/^“|”$/g, '');
  await page.screenshot({ path: path.join(artifacts, 'dossier.png') });
  await first.locator('button.open-doc').click();
  await page.waitForSelector('#evidence-mark');
  assert.equal(await page.textContent('#evidence-mark'), quoted);
  assert.ok(await page.locator('#evidence-mark').isVisible(), 'the highlighted sentence is scrolled into view');
  await page.screenshot({ path: path.join(artifacts, 'document.png') });
  // Back to the dossier.
  await page.click('#panel-back');
  await page.waitForSelector('#dossier-title');
  assert.deepEqual(problems, []);
  await page.close();
});

test('search finds an actor by alias and shows its names with the reasons they were merged', async () => {
  const { page, problems } = await openMap();
  await page.fill('#search', 'ISKP');
  await page.waitForSelector('#search-results button');
  assert.match(await page.textContent('#search-results button'), /Islamic State Khorasan Province/);
  await page.press('#search', 'Enter');
  await page.waitForSelector('#actor-title');
  assert.equal(await page.textContent('#actor-title'), 'Islamic State Khorasan Province');
  const aliases = await page.locator('#panel .aliases li').allTextContents();
  assert.ok(aliases.some((a) => a.startsWith('ISKP') && a.includes('—')), aliases.join(' | '));
  assert.ok(await page.locator('#panel .ties-list button').count() > 0, 'its ties are listed');
  assert.deepEqual(problems, []);
  await page.close();
});

test('a crafted article with script and HTML renders inert, as literal text', async () => {
  const { page, problems } = await openMap();
  await page.fill('#search', 'Haqqani Network');
  await page.waitForSelector('#search-results button');
  await page.press('#search', 'Enter');
  await page.waitForSelector('#actor-title');
  // Its funds tie with the Taliban, whose evidence includes the crafted sentence.
  const tie = page.locator('#panel .ties-list button', { hasText: /funds → Taliban/ }).first();
  await tie.click();
  await page.waitForSelector('#dossier-title');
  const card = page.locator('#panel .evidence', { hasText: 'onerror' }).first();
  await card.waitFor();
  const quote = await card.locator('blockquote').textContent();
  assert.ok(quote.includes(`<img src=x onerror="window.__pwned = 'img'"><script>`), quote);
  await card.locator('button.open-doc').click();
  await page.waitForSelector('#evidence-mark');
  const title = await page.textContent('#doc-title');
  assert.ok(title.includes('<script>') || (await page.textContent('#doc-text')).includes('<script>'));
  const text = await page.textContent('#doc-text');
  assert.ok(text.includes(`<a href="javascript:window.__pwned='link'">click</a>`), text);
  // No element came from the article: nothing but text inside the panel.
  const injected = await page.evaluate(() => document.querySelectorAll('#panel script, #panel img, #panel iframe, #panel a, #panel b').length);
  assert.equal(injected, 0);
  await page.waitForTimeout(200);
  assert.equal(await page.evaluate(() => window.__pwned), undefined, 'no script ran');
  assert.deepEqual(problems, []);
  await page.close();
});

test('"play" steps the as-of date through the months, the map growing, and ends on all dates', async () => {
  const { page, problems } = await openMap();
  const all = await page.evaluate(() => window.__tiegraph.stats().pairs);
  // Each drawn frame's date and number of lines, as the date steps.
  await page.evaluate(() => {
    window.__frames = [];
    const status = document.getElementById('status');
    // The status line is rewritten once a period's map is in ("drawn: ..."), after "loading…".
    new MutationObserver(() => { if (status.textContent.startsWith('drawn')) window.__frames.push([document.getElementById('time-out').textContent, window.__tiegraph.stats().pairs]); })
      .observe(document.getElementById('status'), { childList: true, characterData: true, subtree: true });
  });
  await page.click('#time-play');
  assert.equal(await page.getAttribute('#time-play', 'aria-pressed'), 'true');
  await page.waitForFunction(() => document.getElementById('time-play').getAttribute('aria-pressed') === 'false', null, { timeout: 90000 });
  const frames = await page.evaluate(() => window.__frames);
  const dated = frames.filter(([d]) => /^\d{4}-\d\d/.test(d));
  assert.ok(dated.length >= 5, JSON.stringify(frames));
  assert.ok(dated[0][1] < all, `the first month shows ${dated[0][1]} of ${all} lines`);
  assert.match(await page.textContent('#time-out'), /^all dates/);
  assert.equal(await page.evaluate(() => window.__tiegraph.stats().pairs), all);
  assert.deepEqual(problems, []);
  await page.close();
});
