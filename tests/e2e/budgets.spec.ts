import { expect, test, type Page } from '@playwright/test';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { gzipSize, pageAssets } from '../helpers/page-weight.ts';
import { addLiveUpdate } from '../helpers/route-site.ts';

// Readers' budgets (issue 8), on the production build of the e2e site.
const KB = 1024;
const SEED = 'articles/moscow-concert-hall-attack/';
const dist = () => process.env.E2E_DIST_DIR!;
const base = () => process.env.E2E_BASE_URL!;

async function builtFiles(pattern: RegExp): Promise<string[]> {
  const entries = await readdir(dist(), { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile() && pattern.test(e.name)).map((e) => join(e.parentPath, e.name));
}

const EMBEDS = 'articles/fixture-embeds/';

for (const [name, path] of [
  ['seed article', SEED],
  ['article with an embed from every provider', EMBEDS],
]) {
  test(`the ${name} transfers at most 30 KB gzipped (HTML, CSS, JS, fonts)`, async ({ page }) => {
    const sizes: { url: string; type: string; gzip: number }[] = [];
    const pending: Promise<void>[] = [];
    page.on('response', (response) => {
      const type = response.request().resourceType();
      if (type === 'image' || response.status() >= 300) return;
      pending.push(
        response.body().then((body) => {
          sizes.push({ url: response.url(), type, gzip: gzipSize(body) });
        }),
      );
    });
    await page.goto(base() + path, { waitUntil: 'networkidle' });
    // A first visit also downloads the offline-reading worker (sw.js) after the page's load
    // event: wait until it is installed, so that its download is counted, every time.
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await Promise.all(pending);
    const total = sizes.reduce((sum, s) => sum + s.gzip, 0);
    console.log(`${name}: ${sizes.length} responses, ${total} bytes gzipped`);
    expect(sizes.some((s) => s.type === 'document')).toBe(true);
    expect(total, JSON.stringify(sizes, null, 1)).toBeLessThanOrEqual(30 * KB);
  });
}

test('all client JavaScript together is at most 6 KB gzipped', async () => {
  // Everything Astro bundles for the browser; Pagefind's own engine (pagefind/) is
  // loaded only on the search page, when a reader searches, and the offline-reading
  // worker (sw.js, its own budget below) runs beside the page, never in it.
  const files = (await builtFiles(/\.m?js$/)).filter(
    (f) => !relative(dist(), f).startsWith('pagefind/') && relative(dist(), f) !== 'sw.js',
  );
  expect(files.length).toBeGreaterThan(0);
  let total = 0;
  for (const file of files) total += gzipSize(await readFile(file));
  console.log(`client JavaScript: ${files.length} files, ${total} bytes gzipped`);
  expect(total).toBeLessThanOrEqual(6 * KB);
});

test('the offline-reading worker is at most 2 KB gzipped', async () => {
  // Fetched once, after the page has loaded, and again only when a build changes it
  // (docs/reading.md); a page's own registration script counts in the budget above.
  const size = gzipSize(await readFile(join(dist(), 'sw.js')));
  console.log(`offline-reading worker: ${size} bytes gzipped`);
  expect(size).toBeLessThanOrEqual(2 * KB);
});

test('no page has a render-blocking script, and each loads at most one stylesheet', async () => {
  const pages = await builtFiles(/\.html$/);
  expect(pages.length).toBeGreaterThan(5);
  const problems: string[] = [];
  for (const file of pages) {
    const assets = pageAssets(await readFile(file, 'utf8'));
    const where = relative(dist(), file);
    if (assets.blockingScripts.length > 0)
      problems.push(`${where}: blocking ${assets.blockingScripts.join(', ')}`);
    if (assets.stylesheets.length > 1) problems.push(`${where}: ${assets.stylesheets.length} stylesheets`);
    if (assets.inlineStyles > 0) problems.push(`${where}: ${assets.inlineStyles} inline <style>`);
  }
  expect(problems).toEqual([]);
});

/** Sums layout shifts not caused by input, from the very start of the page. */
async function observeLayoutShifts(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as { __cls: number; __shifts: string[] };
    w.__cls = 0;
    w.__shifts = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & {
        value: number;
        hadRecentInput: boolean;
        sources?: { node?: Node }[];
      })[]) {
        if (entry.hadRecentInput) continue;
        w.__cls += entry.value;
        const nodes = (entry.sources ?? []).map((s) =>
          (s.node as Element | undefined)?.outerHTML?.slice(0, 80),
        );
        w.__shifts.push(`${entry.value.toFixed(4)} ${nodes.join(' | ')}`);
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  return async () =>
    page.evaluate(() => {
      const w = window as unknown as { __cls: number; __shifts: string[] };
      return { cls: w.__cls, shifts: w.__shifts };
    });
}

// Phones, and the wide layout of live pages (side column from 1100px).
const VIEWPORTS = [
  ['mobile', { width: 390, height: 844 }],
  ['desktop', { width: 1280, height: 800 }],
] as const;

for (const [name, path, [screen, viewport]] of [
  ['front page', ''],
  ['seed article', SEED],
  ['long live article', 'articles/fixture-long-coverage/'],
  ['article with embeds', EMBEDS],
].flatMap(([name, path]) => VIEWPORTS.map((v) => [name!, path!, v] as const))) {
  test(`no layout shift while the ${name} loads (${screen} viewport)`, async ({ page }) => {
    await page.setViewportSize(viewport);
    const read = await observeLayoutShifts(page);
    await page.goto(base() + path, { waitUntil: 'networkidle' });
    await page.waitForTimeout(500);
    const { cls, shifts } = await read();
    expect(cls, shifts.join('\n')).toBe(0);
  });
}

for (const [screen, viewport] of VIEWPORTS)
  test(`no layout shift while a live update arrives (${screen} viewport)`, async ({ page }) => {
    const article = 'articles/fixture-long-coverage/';
    // The polled live/ page gains one update, a copy of the newest with a later time.
    await addLiveUpdate(page, article, 'update-zz-arrived');
    await page.clock.install({ time: new Date('2024-05-02T12:00:00+02:00') });
    await page.setViewportSize(viewport);
    const read = await observeLayoutShifts(page);
    await page.goto(base() + article, { waitUntil: 'networkidle' });
    await page.clock.runFor(120_000);
    // In place while the stream starts below the window, else behind the button (live-poll.spec.ts).
    await expect(page.locator('#update-zz-arrived')).toBeAttached();
    await page.waitForTimeout(500);
    const { cls, shifts } = await read();
    expect(cls, shifts.join('\n')).toBe(0);
  });

test('the layout-shift measurement sees a shift when there is one', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const read = await observeLayoutShifts(page);
  await page.goto(base() + SEED, { waitUntil: 'networkidle' });
  await page.evaluate(() => {
    const block = document.createElement('div');
    block.style.height = '200px';
    document.querySelector('main')!.prepend(block);
  });
  await page.waitForTimeout(500);
  expect((await read()).cls).toBeGreaterThan(0);
});
