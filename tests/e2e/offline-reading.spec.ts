import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { axeViolations } from '../helpers/axe.ts';
import { parseHeadersFile } from '../helpers/headers-file.ts';
import { serveWithHeaders } from '../helpers/route-site.ts';

// Offline reading (docs/reading.md): the service worker dist/sw.js keeps the pages a
// reader opened; with the network cut they reopen with an "Offline, last updated" note.
const base = () => process.env.E2E_BASE_URL!;
const SEED = 'articles/moscow-concert-hall-attack/';
const LIVE = 'articles/fixture-long-coverage/';
const NOTE = /^Offline, last updated \d\d:\d\d$/;

/** Waits until the worker has saved `path` (the page and, when given, its stylesheet). */
async function waitUntilSaved(page: Page, path: string): Promise<void> {
  await expect
    .poll(() =>
      page.evaluate(async (url) => {
        const sheet = document.querySelector<HTMLLinkElement>('link[rel="stylesheet"]')?.href;
        return Boolean((await caches.match(url)) && (!sheet || (await caches.match(sheet))));
      }, base() + path),
    )
    .toBe(true);
}

test('a page the reader opened reopens offline, styled, with "Offline, last updated HH:MM"', async ({
  page,
  context,
}) => {
  test.slow(); // axe below takes tens of seconds on a busy machine
  await page.goto(base() + SEED);
  const note = page.locator('[data-offline-note]');
  await expect(note).toHaveCount(0);
  await waitUntilSaved(page, SEED);
  const headline = await page.locator('h1').textContent();

  await context.setOffline(true);
  await page.reload();
  await expect(note).toHaveText(NOTE);
  await expect(note).toHaveAttribute('role', 'status');
  await expect(note).toBeVisible();
  await expect(page.locator('h1')).toHaveText(headline!);
  // The stylesheet came from the worker's cache too: the page is laid out as online.
  expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily)).toContain('Georgia');
  // The note is in the page's main landmark, readable and with enough contrast.
  await expect(page.locator('main [data-offline-note]')).toHaveCount(1);
  expect(await axeViolations(page)).toEqual([]);

  // Back online, the page comes from the network again, without the note.
  await context.setOffline(false);
  await page.reload();
  await expect(note).toHaveCount(0);
});

test('a page never opened gives the offline page, not a browser error', async ({ page, context }) => {
  test.slow(); // axe below takes tens of seconds on a busy machine
  await page.goto(base() + SEED);
  await waitUntilSaved(page, SEED);
  await context.setOffline(true);
  const response = await page.goto(base() + 'archive/');
  expect(response?.status()).toBe(503);
  await expect(page.locator('h1')).toHaveText('You are offline');
  await expect(page.getByRole('link', { name: 'go to the front page' })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily)).toContain('Georgia');
});

test('live/ polls always go to the network, never to the worker cache', async ({ page, context }) => {
  const live = base() + LIVE + 'live/';
  let version = 'first';
  await page.route(live, async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, body: `<p>${version}</p>`, headers: response.headers() });
  });
  await page.goto(base() + LIVE);
  await waitUntilSaved(page, LIVE);
  // Reloaded, the page is the worker's: its requests now pass through it.
  await page.reload();
  expect(await page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
  const poll = () => page.evaluate(async (url) => (await fetch(url, { cache: 'no-store' })).text(), live);
  expect(await poll()).toBe('<p>first</p>');
  version = 'second';
  expect(await poll()).toBe('<p>second</p>');
  const kept = await page.evaluate(async () => {
    const urls: string[] = [];
    for (const name of await caches.keys())
      for (const request of await (await caches.open(name)).keys()) urls.push(request.url);
    return urls;
  });
  expect(kept).toContain(base() + LIVE);
  expect(kept.filter((url) => url.includes('/live/'))).toEqual([]);
  // (Playwright's route fetches from outside the browser, where the network is not cut.)
  await page.unrouteAll();
  await context.setOffline(true);
  // Offline, a poll fails as it would without the worker (the script backs off), not an old copy.
  const offlinePoll = (url: string) =>
    fetch(url, { cache: 'no-store' }).then(
      () => 'answered',
      () => 'failed',
    );
  expect(await page.evaluate(offlinePoll, live)).toBe('failed');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('no worker is registered and the page is as before', async ({ page, context }) => {
    await page.goto(base() + SEED);
    await page.waitForLoadState('load');
    expect(context.serviceWorkers()).toEqual([]);
    await expect(page.locator('[data-offline-note]')).toHaveCount(0);
  });
});

test('the worker registers under the header policy without a CSP violation', async ({ page }) => {
  const rules = parseHeadersFile(readFileSync(join(process.env.E2E_DIST_DIR!, '_headers'), 'utf8'));
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/content.security.policy/i.test(message.text())) violations.push(message.text());
  });
  await serveWithHeaders(page, new URL(base()).origin, rules);
  const response = await page.goto(base() + SEED);
  expect(response?.headers()['content-security-policy']).toContain("worker-src 'self'");
  const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
  expect(scope).toBe(base());
  expect(violations).toEqual([]);
});
