import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { parseHeadersFile } from '../helpers/headers-file.ts';
import { addLiveUpdate, serveWithHeaders } from '../helpers/route-site.ts';

const base = () => process.env.E2E_BASE_URL!;
const PAGE = 'articles/fixture-embeds/';

/** Serves the site with its `_headers` (both policies enforced); counts and refuses every other host. */
async function countOtherHosts(page: Page): Promise<string[]> {
  const rules = parseHeadersFile(readFileSync(join(process.env.E2E_DIST_DIR!, '_headers'), 'utf8'));
  const others: string[] = [];
  await serveWithHeaders(page, new URL(base()).origin, rules, (url) => others.push(url));
  return others;
}

test('embed cards link to each original and load nothing from other hosts until play', async ({ page }) => {
  const others = await countOtherHosts(page);
  const violations: string[] = [];
  page.on('console', (m) => {
    if (/content.security.policy/i.test(m.text())) violations.push(m.text());
  });
  await page.goto(base() + PAGE, { waitUntil: 'networkidle' });
  const links = await page.locator('a.embed-link').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  for (const original of [
    'https://x.com/citypolice/status/1800000000000000001',
    'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
    'https://vimeo.com/76979871/8272103f6e',
    'https://www.instagram.com/p/C8AbCdEfGhI/',
    'https://www.tiktok.com/@cityreporter/video/7380000000000000001',
    'https://t.me/cityupdates/4321',
    'https://bsky.app/profile/did:plc:abcdefghijklmnopqrstuvwx/post/3kvabcdefgh2x',
    'https://mastodon.social/@cityweather/112600000000000001',
    'https://www.facebook.com/cityhall/posts/pfbid02AbCdEfGh',
  ])
    expect(links).toContain(original);
  await expect(page.locator('#update-03-vimeo .embed-play')).toBeVisible();
  expect(others).toEqual([]);
  expect(page.frames()).toHaveLength(1);

  await page.locator('#update-02-youtube .embed-play').click();
  const frame = page.locator('#update-02-youtube iframe.embed-frame');
  await expect(frame).toHaveAttribute('src', 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1');
  await expect(frame).toHaveAttribute('title', 'YouTube video');
  await expect.poll(() => others).toEqual(['https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1']);
  expect(page.frames()).toHaveLength(2);
  // The player was refused by the test's router, not by the page's policy.
  expect(violations).toEqual([]);
});

test('a Vimeo player asks not to track the reader (dnt=1)', async ({ page }) => {
  const others = await countOtherHosts(page);
  await page.goto(base() + PAGE);
  await page.locator('#update-03-vimeo .embed-play').click();
  await expect
    .poll(() => others)
    .toEqual(['https://player.vimeo.com/video/76979871?h=8272103f6e&dnt=1&autoplay=1']);
});

test('the play box keeps its size when the player replaces it (no layout shift)', async ({ page }) => {
  await countOtherHosts(page);
  await page.goto(base() + PAGE);
  // The box in page coordinates: the click scrolls it into view.
  const box = (selector: string) =>
    page.locator(selector).evaluate((el) => {
      const r = el.getBoundingClientRect();
      return { x: r.x + scrollX, y: r.y + scrollY, width: r.width, height: r.height };
    });
  const before = await box('#update-02-youtube .embed-play');
  await page.locator('#update-02-youtube .embed-play').click();
  expect(await box('#update-02-youtube iframe.embed-frame')).toEqual(before);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a video card is a link to the original', async ({ page }) => {
    await page.goto(base() + PAGE);
    await expect(page.locator('#update-02-youtube a.embed-play')).toHaveAttribute(
      'href',
      'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
    );
  });
});

test('a page without a video lets no player in', async ({ page }) => {
  await page.goto(base() + 'articles/fixture-ended-coverage/');
  const policy = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
  expect(policy).not.toContain('frame-src');
  expect(policy).not.toContain('youtube');
});

test('the live poll brings an update with embeds like any other; its video opens as a link there', async ({
  page,
}) => {
  const article = 'articles/fixture-long-coverage/';
  const built = readFileSync(join(process.env.E2E_DIST_DIR!, PAGE, 'index.html'), 'utf8');
  const card = (id: string) => {
    const start = built.indexOf('<figure class="embed', built.indexOf(`id="${id}"`));
    return built.slice(start, built.indexOf('</figure>', start) + '</figure>'.length);
  };
  const cards = card('update-01-x') + card('update-02-youtube');
  // The polled live/ page gains one update: a copy of the newest, later, with two cards as its body.
  await addLiveUpdate(page, article, 'update-zz-embeds', cards);
  const others: string[] = [];
  await page.route(
    (url) => url.origin !== new URL(base()).origin,
    (route) => {
      others.push(route.request().url());
      return route.abort();
    },
  );
  await page.clock.install({ time: new Date('2024-05-02T12:00:00+02:00') });
  await page.goto(base() + article, { waitUntil: 'networkidle' });
  await page.clock.runFor(120_000);
  // With the stream on screen the update waits behind the button (docs/live-updates.md).
  await page.getByRole('button', { name: '1 new update' }).click();
  const arrived = page.locator('#update-zz-embeds');
  await expect(arrived.locator('a.embed-link')).toHaveText(['View on X', 'Watch on YouTube']);
  expect(others).toEqual([]);
  // This page was built without a video, so its policy lets no player in: the card is a link.
  await arrived.locator('.embed-play').click();
  await expect.poll(() => others).toEqual(['https://www.youtube.com/watch?v=dQw4w9WgXcQ']);
  await expect(page.locator('iframe')).toHaveCount(0);
});
