import type { Page } from '@playwright/test';
import { headersFor, type ParsedRule } from './headers-file.ts';

/**
 * Serves the e2e site with the headers `_headers` gives each response, as Netlify or
 * Cloudflare would (meta and header policies both enforced). Requests to other hosts are
 * refused and handed to `onOther` (the list a test checks).
 */
export async function serveWithHeaders(
  page: Page,
  origin: string,
  rules: ParsedRule[],
  onOther: (url: string) => void = () => {},
): Promise<void> {
  await page.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.origin !== origin) {
      onOther(url.href);
      return route.abort();
    }
    try {
      const response = await route.fetch();
      await route.fulfill({
        response,
        headers: { ...response.headers(), ...headersFor(rules, url.pathname) },
      });
    } catch (error) {
      // A request still in flight when the test closes its page (live polling), or one the
      // page gave up meanwhile (a navigation, or a service worker taking over the page):
      // Playwright has disposed of its response, and nobody is waiting for it.
      if (page.isClosed() || /has been disposed/.test(String(error))) return;
      throw error;
    }
  });
}

/**
 * Makes the polled `<article>live/` page gain one update: a copy of its newest, a minute
 * later, with the id `id` and (when given) `body` as its text. The new ETag is `id`.
 */
export async function addLiveUpdate(page: Page, article: string, id: string, body?: string): Promise<void> {
  await page.route(`**/${article}live/`, async (route) => {
    const response = await route.fetch();
    const html = await response.text();
    const newest = /<li data-update="([^"]+)" data-epoch="(\d+)">.*?<\/article><\/li>/s.exec(html);
    if (!newest) throw new Error('the live page has no update to copy');
    const [li, oldId, epoch] = newest as unknown as [string, string, string];
    let copy = li
      .replaceAll(oldId, id)
      .replace(`data-epoch="${epoch}"`, `data-epoch="${Number(epoch) + 60_000}"`);
    if (body !== undefined)
      copy = copy.replace(/<div class="update-body">.*?<\/div>/s, `<div class="update-body">${body}</div>`);
    await route.fulfill({
      response,
      body: html.replace(li, copy + li),
      headers: { ...response.headers(), etag: `"${id}"` },
    });
  });
}
