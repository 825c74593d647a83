import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { XMLParser } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { axeViolations } from '../helpers/axe.ts';
import { CHROMIUM_ARGS, chromiumPath } from '../helpers/chromium.ts';
import { startStaticServer, type StaticServer } from '../helpers/static-server.ts';
import { makeTempSite, projectRoot, type TempSite } from '../helpers/temp-site.ts';

// One production build of the seed plus a Dutch and an Arabic live article (tests/fixtures/languages).
const NL = 'articles/languages-nl/';
const AR = 'articles/languages-ar/';

let site: TempSite;
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  site = await makeTempSite('languages', [
    join(projectRoot, 'content'),
    join(projectRoot, 'tests/fixtures/languages'),
  ]);
  const result = await site.build();
  if (result.code !== 0) throw new Error(`build failed:\n${result.output}`);
  server = await startStaticServer(site.distDir);
  browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await site?.cleanup();
});

const read = (path: string) => readFile(join(site.distDir, path), 'utf8');
const xml = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'item' });
/** The share page of each update of an article, in update folder order. */
const sharePages = async (article: string) => {
  const folders = (await readdir(join(site.distDir, article, 'updates'))).sort();
  return Promise.all(folders.map((id) => read(`${article}updates/${id}/index.html`)));
};
/** The offline note's words a page carries for the service worker. */
const offlineWordsOf = (html: string) =>
  JSON.parse(/<main[^>]* data-offline-words="([^"]*)"/.exec(html)![1]!.replaceAll('&quot;', '"'));
const jsonLd = (html: string) =>
  [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)].map((m) => JSON.parse(m[1]!));

describe('a Dutch article', () => {
  test('has lang="nl", Dutch words and dates in Dutch', async () => {
    const html = await read(`${NL}index.html`);
    expect(html).toMatch(/<html lang="nl" dir="ltr"/);
    for (const words of [
      'Naar de inhoud',
      'Gepubliceerd <time datetime="2024-03-24T14:15:00+01:00">24 maart 2024, 14:15 CET</time>',
      'Tijdzone: Midden-Europese tijd (CET)',
      'Live-updates',
      'Wat we weten',
      'Belangrijkste gebeurtenissen',
      '>Belangrijk</span>',
      'Laatst bijgewerkt',
      '<strong>Correctie:</strong>',
      'Deze update is verwijderd (16:20 CET): het bericht was niet bevestigd.',
      'Door <a class="author-link"',
      'Bron: <span>Belga</span>, <time',
      '<h2 class="day-heading"><time datetime="2024-03-24">24 maart 2024</time></h2>',
    ]) {
      expect(html).toContain(words);
    }
    expect(html).toMatch(/Bijgewerkt\s*<time datetime="2024-03-24T16:05:00\+01:00">16:05 CET<\/time>/);
    expect(html).toMatch(/Delen<span class="visually-hidden">: deze update<\/span>/);
    for (const english of ['Skip to content', 'Key events', 'What we know', '>Published', 'Last updated'])
      expect(html).not.toContain(english);
    const words = /data-live-words="([^"]*)"/.exec(html)![1]!.replaceAll('&quot;', '"');
    expect(JSON.parse(words)).toMatchObject({
      linkCopied: 'Link gekopieerd',
      newUpdates: { one: '{count} nieuwe update' },
    });
  });

  test('its update share pages and offline note are Dutch', async () => {
    const pages = await sharePages(NL);
    expect(pages.length).toBe(3);
    for (const html of pages) {
      expect(html).toMatch(/<html lang="nl" dir="ltr"/);
      expect(html).toContain('<meta property="og:locale" content="nl">');
      expect(html).toContain('Lees deze update in de livestream</a>');
      expect(html).not.toContain('Read this update');
    }
    expect(offlineWordsOf(await read(`${NL}index.html`))).toMatchObject({
      note: 'Offline, laatst bijgewerkt {time}',
    });
    expect(offlineWordsOf(await read('index.html'))).toMatchObject({ note: 'Offline, last updated {time}' });
  });

  test('its card on the front page is marked Dutch and speaks Dutch', async () => {
    const html = await read('index.html');
    expect(html).toMatch(/<html lang="en" dir="ltr"/);
    const card = /<article class="card" lang="nl" dir="ltr">(.*?)<\/article>/s.exec(html)?.[1];
    expect(card).toContain('Overstromingen in Limburg');
    expect(card).toContain('Laatst bijgewerkt <time');
  });

  test('its feeds and structured data say nl; the site feed marks the item', async () => {
    const rss = xml.parse(await read(`${NL}rss.xml`)).rss;
    expect(rss.channel.language).toBe('nl');
    expect(rss.channel.title).toBe('Overstromingen in Limburg: live-updates');
    const feed = JSON.parse(await read(`${NL}feed.json`));
    expect(feed.language).toBe('nl');
    const ld = jsonLd(await read(`${NL}index.html`)).find((d) => d.inLanguage);
    expect(ld.inLanguage).toBe('nl');
    const site = JSON.parse(await read('feed.json'));
    expect(site.language).toBe('en');
    expect(site.items.find((i: { url: string }) => i.url.endsWith(NL)).language).toBe('nl');
    const siteRss = xml.parse(await read('rss.xml')).rss;
    const item = siteRss.channel.item.find((i: { link: string }) => i.link.endsWith(NL));
    expect(item['dc:language']).toBe('nl');
  });
});

describe('an Arabic article', () => {
  test('is right to left, with Arabic words and dates', async () => {
    const html = await read(`${AR}index.html`);
    expect(html).toMatch(/<html lang="ar" dir="rtl"/);
    for (const words of [
      'انتقل إلى المحتوى',
      'تغطية مباشرة',
      'أبرز الأحداث',
      'ما نعرفه حتى الآن',
      '24 مارس 2024، 14:15',
      '<span class="visually-hidden">24 مارس 2024، </span>14:30 EET',
    ])
      expect(html).toContain(words);
    const ld = jsonLd(html).find((d) => d.inLanguage);
    expect(ld.inLanguage).toBe('ar');
    expect(JSON.parse(await read(`${AR}feed.json`)).language).toBe('ar');
  });

  test('its video card, share pages and offline note speak Arabic', async () => {
    const html = await read(`${AR}index.html`);
    for (const words of ['>تشغيل الفيديو</span>', '>فيديو على YouTube</span>', '>شاهد على YouTube</a>'])
      expect(html).toContain(words);
    for (const english of ['Play video', 'Watch on', 'YouTube video']) expect(html).not.toContain(english);
    expect(offlineWordsOf(html)).toMatchObject({ note: 'غير متصل، آخر تحديث {time}', offline: 'غير متصل' });
    const pages = await sharePages(AR);
    expect(pages.length).toBe(3);
    for (const page of pages) {
      expect(page).toMatch(/<html lang="ar" dir="rtl"/);
      expect(page).toContain('اقرأ هذا التحديث في التغطية المباشرة</a>');
    }
  });

  test('mirrors the layout and passes axe', async () => {
    // axe needs a page in its own context.
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    try {
      await page.goto(`${server.url}${AR}`);
      expect(await page.evaluate(() => getComputedStyle(document.body).direction)).toBe('rtl');
      // The accent rule of "What we know" is on the right, the side a line starts.
      const rule = await page.locator('.key-points').evaluate((el) => {
        const style = getComputedStyle(el);
        return [style.borderRightWidth, style.borderLeftWidth];
      });
      expect(rule).toEqual(['4px', '0px']);
      // The Live badge above the headline starts at the right edge of the page's column.
      const main = (await page.locator('main').boundingBox())!;
      const badge = (await page.locator('.article-header .badge').boundingBox())!;
      expect(main.x + main.width - (badge.x + badge.width)).toBeLessThan(badge.x - main.x);
      expect(await axeViolations(page)).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

test('the search page finds articles in every language', async () => {
  const page = await browser.newPage();
  try {
    for (const [query, link] of [
      ['Roermond', NL],
      ['السدود', AR],
      ['Van Ostaeyen', 'articles/moscow-concert-hall-attack/'],
    ] as const) {
      await page.goto(`${server.url}search/?q=${encodeURIComponent(query)}`);
      await expect
        .poll(() => page.locator('.search-results a').first().getAttribute('href'), { timeout: 30_000 })
        .toContain(`/${link}`);
    }
  } finally {
    await page.close();
  }
});
