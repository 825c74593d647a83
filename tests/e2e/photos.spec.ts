import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test, type Browser } from '@playwright/test';
import sharp from 'sharp';
import { PHOTO_SLUG, writePhotoArticle } from '../helpers/photo-content.ts';
import { hasGps } from '../helpers/photo-fixtures.ts';
import { startStaticServer, type StaticServer } from '../helpers/static-server.ts';
import { makeTempSite, type TempSite } from '../helpers/temp-site.ts';

// Its own site: the photos are generated here, then built and served (one build for every test below).
test.describe.configure({ mode: 'serial' });

let site: TempSite;
let server: StaticServer;
let articleDir: string;
const page = () => `${server.url}articles/${PHOTO_SLUG}/`;

test.beforeAll(async () => {
  // A production build with image encoding, on a machine other tests share.
  test.setTimeout(300_000);
  site = await makeTempSite('e2e-photos', []);
  articleDir = await writePhotoArticle(site.contentDir);
  const result = await site.build();
  if (result.code !== 0) throw new Error(`The photo site did not build:\n${result.output}`);
  server = await startStaticServer(site.distDir);
});

test.afterAll(async () => {
  await server?.close();
  await site?.cleanup();
});

test('every img has alt, width and height; only the lead photo loads eagerly, with high priority', async ({
  page: tab,
}) => {
  await tab.goto(page());
  const images = await tab.locator('img').evaluateAll((imgs) =>
    imgs.map((img) => ({
      alt: img.getAttribute('alt'),
      width: Number(img.getAttribute('width')),
      height: Number(img.getAttribute('height')),
      loading: img.getAttribute('loading'),
      priority: img.getAttribute('fetchpriority'),
    })),
  );
  expect(images.length).toBe(4);
  for (const img of images) {
    expect(img.alt).not.toBeNull();
    expect(img.width).toBeGreaterThan(0);
    expect(img.height).toBeGreaterThan(0);
  }
  expect(images[0]).toMatchObject({
    alt: 'Fire engines outside the concert hall',
    loading: 'eager',
    priority: 'high',
  });
  expect(images.slice(1).map((i) => [i.loading, i.priority])).toEqual([
    ['lazy', null],
    ['lazy', null],
    ['lazy', null],
  ]);
  // The decorative photo is hidden from screen readers by its empty alt.
  expect(images.map((i) => i.alt)).toContain('');
  // Orientation applied: the photo shot with the camera turned is portrait.
  const rotated = tab.getByRole('img', { name: 'The north side of the hall' });
  expect(Number(await rotated.getAttribute('height'))).toBeGreaterThan(
    Number(await rotated.getAttribute('width')),
  );
});

test('AVIF and WebP sources with a fallback, and a placeholder colour from the stylesheet', async ({
  page: tab,
}) => {
  await tab.goto(page());
  const lead = tab.locator('figure.photo').first();
  await expect(lead.locator('source')).toHaveCount(2);
  expect(await lead.locator('source').evaluateAll((s) => s.map((e) => e.getAttribute('type')))).toEqual([
    'image/avif',
    'image/webp',
  ]);
  const img = lead.locator('img');
  expect(await img.getAttribute('src')).toMatch(/\.jpg$/);
  expect(await img.getAttribute('srcset')).toMatch(/ 320w, .* 1280w$/);
  expect(await img.getAttribute('class')).toMatch(/\bphoto-tone-\d{3}\b/);
  expect(await img.evaluate((e) => getComputedStyle(e).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');
  expect(await tab.locator('[style]').count()).toBe(0);
});

test('a 375 px wide screen downloads a smaller lead photo than a 1400 px one', async ({ browser }) => {
  const chosen = async (b: Browser, width: number) => {
    const context = await b.newContext({ viewport: { width, height: 900 }, deviceScaleFactor: 1 });
    const tab = await context.newPage();
    await tab.goto(page());
    const img = tab.locator('figure.photo img').first();
    await expect
      .poll(() => img.evaluate((e: HTMLImageElement) => e.complete && e.naturalWidth > 0))
      .toBe(true);
    const url = await img.evaluate((e: HTMLImageElement) => e.currentSrc);
    const bytes = (await (await tab.request.get(url)).body()).length;
    await context.close();
    return { url, bytes };
  };
  const narrow = await chosen(browser, 375);
  const wide = await chosen(browser, 1400);
  expect(narrow.url).toMatch(/\.avif$/);
  expect(narrow.url).not.toBe(wide.url);
  expect(narrow.bytes).toBeLessThan(wide.bytes);
});

test('credits are visible under each photo, summarised in the byline, and in ImageObject data', async ({
  page: tab,
}) => {
  await tab.goto(page());
  await expect(tab.locator('figure.photo').first().locator('.photo-credit')).toHaveText(
    'Photo: Jane Doe/Reuters',
  );
  await expect(tab.locator('figure.photo').first().locator('.photo-credit')).toBeVisible();
  await expect(tab.locator('figure.photo').first().locator('figcaption')).toContainText(
    'Firefighters at the scene on Saturday morning.',
  );
  await expect(tab.getByRole('link', { name: 'Licence' })).toHaveAttribute(
    'href',
    'https://creativecommons.org/licenses/by/4.0/',
  );
  await expect(tab.getByText('Photo: Anna Peeters/Belga')).toBeVisible();
  await expect(tab.locator('.byline')).toContainText(
    'Photo credits: Jane Doe/Reuters, Ivan Petrov/AFP, Anna Peeters/Belga',
  );
  const data = await tab
    .locator('script[type="application/ld+json"]')
    .evaluateAll((scripts) => scripts.map((s) => JSON.parse(s.textContent ?? 'null')));
  const objects = data.filter((d) => d?.['@type'] === 'ImageObject');
  expect(objects.map((o) => o.creditText)).toEqual([
    'Jane Doe/Reuters',
    'Ivan Petrov/AFP',
    'Anna Peeters/Belga',
    'Jane Doe/Reuters',
  ]);
  expect(objects[0]).toMatchObject({
    creator: { '@type': 'Person', name: 'Jane Doe' },
    copyrightNotice: 'Reuters',
    license: 'https://creativecommons.org/licenses/by/4.0/',
    acquireLicensePage: 'https://example.org/licensing/lead',
    caption: 'Firefighters at the scene on Saturday morning.',
  });
  expect(objects[0].contentUrl).toMatch(/^http.*\.jpg$/);
});

test('the article has a 1200 x 630 social image from its lead photo, a JPEG', async ({ page: tab }) => {
  await tab.goto(page());
  const og = await tab.locator('meta[property="og:image"]').getAttribute('content');
  expect(og).toMatch(new RegExp(`/articles/${PHOTO_SLUG}/og\\.jpg$`));
  // The photo as a PNG was about 2 MB an article (docs/reading.md): no og.png is written.
  expect(existsSync(join(site.distDir, 'articles', PHOTO_SLUG, 'og.png'))).toBe(false);
  const jpeg = await readFile(join(site.distDir, 'articles', PHOTO_SLUG, 'og.jpg'));
  const meta = await sharp(jpeg).metadata();
  expect([meta.format, meta.width, meta.height, meta.exif]).toEqual(['jpeg', 1200, 630, undefined]);
});

test("a headlined update's share card is its headline over the lead photo, a 1200 x 630 JPEG", async ({
  page: tab,
}) => {
  const update = `articles/${PHOTO_SLUG}/updates/update-2024-03-24-photos/`;
  // The share page sends readers on at once: read its head as crawlers do, without following it.
  const html = await (await tab.request.get(`${server.url}${update}`)).text();
  expect(html).toContain('<meta property="og:title" content="Crowds gather | Live News">');
  // Over a photo the card is a JPEG (docs/reading.md).
  expect(html).toMatch(new RegExp(`<meta property="og:image" content="[^"]*/${update}og\\.jpg">`));
  expect(existsSync(join(site.distDir, update, 'og.png'))).toBe(false);
  const jpeg = await readFile(join(site.distDir, update, 'og.jpg'));
  const meta = await sharp(jpeg).metadata();
  expect([meta.format, meta.width, meta.height, meta.exif]).toEqual(['jpeg', 1200, 630, undefined]);
});

test("the front page card shows the lead photo, credited, from the article page's own files", async ({
  page: tab,
}) => {
  await tab.goto(page());
  const articleSources = await tab
    .locator('picture :is(source, img)')
    .evaluateAll((els) =>
      els.flatMap((el) => (el.getAttribute('srcset') ?? '').split(',').map((c) => c.trim().split(' ')[0])),
    );
  await tab.goto(server.url);
  const card = tab.locator('.card.has-photo');
  await expect(card.locator('figcaption')).toHaveText('Photo: Jane Doe/Reuters');
  await expect(card.locator('.card-latest')).toHaveText('Latest 11:00 CET: Crowds gather');
  const img = card.locator('img');
  await expect(img).toHaveAttribute('alt', 'Fire engines outside the concert hall');
  await expect(img).toHaveAttribute('width', /^\d+$/);
  await expect(img).toHaveAttribute('height', /^\d+$/);
  await expect
    .poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth))
    .toBeGreaterThan(0);
  const cardSources = await card
    .locator(':is(source, img)')
    .evaluateAll((els) =>
      els.flatMap((el) => (el.getAttribute('srcset') ?? '').split(',').map((c) => c.trim().split(' ')[0])),
    );
  expect(cardSources.length).toBeGreaterThan(3);
  // No new photo sizes: a publish never needs to encode one for a listing page.
  for (const src of cardSources) expect(articleSources).toContain(src);
});

test('no published image carries EXIF or GPS metadata, though the originals do', async () => {
  expect(await hasGps(join(articleDir, 'lead.jpg'))).toBe(true);
  expect(await hasGps(join(articleDir, 'rotated.jpg'))).toBe(true);
  const files = (await readdir(site.distDir, { recursive: true })).filter((f) =>
    /\.(jpe?g|png|webp|avif)$/i.test(f),
  );
  expect(files.length).toBeGreaterThan(20);
  for (const file of files) {
    const meta = await sharp(join(site.distDir, file)).metadata();
    expect({ file, exif: meta.exif, gps: await hasGps(join(site.distDir, file)) }).toEqual({
      file,
      exif: undefined,
      gps: false,
    });
  }
});
