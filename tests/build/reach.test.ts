import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { chromium } from '@playwright/test';
import { XMLParser } from 'fast-xml-parser';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { LinkChecker } from 'linkinator';
import sharp from 'sharp';
import { visit } from 'unist-util-visit';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { renderNewsSitemap } from '../../src/model/news-sitemap.ts';
import { CHROMIUM_ARGS, chromiumPath } from '../helpers/chromium.ts';
import { startStaticServer, type StaticServer } from '../helpers/static-server.ts';
import { validateAgainstXsd } from '../helpers/xsd.ts';
import { htmlErrors } from '../helpers/html-validity.ts';
import { makeTempSite, projectRoot, type TempSite } from '../helpers/temp-site.ts';

// One production build under a base path, as for a project page on a shared host.
const SITE = 'https://news.example';
const BASE = '/live-news/';
const ORIGIN = `${SITE}${BASE}`;
const SEED = 'articles/moscow-concert-hall-attack/';
const BULK = 21;
const LONG = 45; // two pages of 20 and more: the main page keeps at least 20, so an older page exists

let site: TempSite;
let dist: string;
let buildOutput: string;

beforeAll(async () => {
  site = await makeTempSite('reach', [
    join(projectRoot, 'content'),
    join(projectRoot, 'tests/fixtures/reach'),
  ]);
  // Enough plain articles to need a second page on the front page, a topic page and a month.
  for (let i = 1; i <= BULK; i++) {
    const dir = join(site.contentDir, 'articles', `bulk-${String(i).padStart(2, '0')}`);
    await mkdir(dir, { recursive: true });
    const day = String(i).padStart(2, '0');
    await writeFile(
      join(dir, 'index.md'),
      `---\ntitle: Bulk report ${i}\npublished: 2024-02-${day}T12:00:00+01:00\ntags: [Bulk]\n---\n\nReport ${i}.\n`,
    );
  }
  // Long coverage: more updates than one page holds, so older pages exist.
  const long = join(site.contentDir, 'articles', 'reach-long');
  await mkdir(join(long, 'updates'), { recursive: true });
  await writeFile(
    join(long, 'index.md'),
    '---\ntitle: Long coverage\npublished: 2024-03-23T08:00:00+01:00\nstatus: live\n---\n',
  );
  for (let i = 0; i < LONG; i++) {
    const mm = String(i).padStart(2, '0');
    await writeFile(
      join(long, 'updates', `u${mm}.md`),
      `---\ntime: 2024-03-23T10:${mm}:00+01:00\n---\n\nLong coverage update number ${i}.\n`,
    );
  }
  const result = await site.build({
    SITE_URL: SITE,
    BASE_PATH: BASE,
    NEWS_NOW: '2024-03-25T12:00:00+01:00',
    // Its own cache: a shared one could hand back modules compiled for another base path.
    ASTRO_CACHE_DIR: join(site.dir, '.astro-cache'),
  });
  if (result.code !== 0) throw new Error(`build failed:\n${result.output}`);
  buildOutput = result.output;
  dist = site.distDir;
});

afterAll(async () => {
  await site?.cleanup();
});

const read = (path: string) => readFile(join(dist, path), 'utf8');
const xml = new XMLParser({
  ignoreAttributes: false,
  isArray: (name) => ['item', 'url', 'sitemap', 'category'].includes(name),
});
const toArray = <T>(value: T | T[] | undefined): T[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value];

async function files(ext: string): Promise<string[]> {
  const entries = await readdir(dist, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith(ext))
    .map((e) => relative(dist, join(e.parentPath, e.name)).split(sep).join('/'))
    .sort();
}

/** The built file an absolute URL of the deploy points to. */
function fileFor(url: string): string {
  expect(url.startsWith(ORIGIN), `${url} is under ${ORIGIN}`).toBe(true);
  const path = decodeURI(new URL(url).pathname).slice(BASE.length);
  return join(dist, path.endsWith('/') || path === '' ? `${path}index.html` : path);
}

describe('RSS feeds', () => {
  test('the site feed lists every article with the required elements and absolute links', async () => {
    const rss = xml.parse(await read('rss.xml')).rss;
    expect(rss['@_version']).toBe('2.0');
    expect(rss.channel).toMatchObject({ title: 'Live News', link: ORIGIN, language: 'en' });
    expect(rss.channel.description).toBeTruthy();
    const items = toArray(rss.channel.item) as Record<string, unknown>[];
    expect(items).toHaveLength(BULK + 4);
    for (const item of items) {
      expect(item.title).toBeTruthy();
      expect(existsSync(fileFor(String(item.link))), String(item.link)).toBe(true);
      expect(new Date(String(item.pubDate)).getTime()).not.toBeNaN();
      expect(item['content:encoded']).toBeTruthy();
    }
    const ordinary = items.find((i) => String(i.link).endsWith('/articles/reach-ordinary/'))!;
    expect(ordinary.title).toBe(
      'Markets close </script><script>alert(1)</script> higher\u2028after a calm week',
    );
    expect(ordinary.category).toEqual(['Markets', 'Europe']);
    expect(String(ordinary['content:encoded'])).toContain(`href="${ORIGIN}archive/"`);
  });

  test('each live article has a feed with one entry per update, linking to its permalink', async () => {
    const rss = xml.parse(await read('articles/reach-ended/rss.xml')).rss;
    const items = toArray(rss.channel.item) as {
      title: string;
      link: string;
      pubDate: string;
      'content:encoded': string;
    }[];
    expect(items.map((i) => i.title)).toEqual([
      'Update, 22 March 2024, 19:30 CET',
      'Leaders arrive for the summit',
    ]);
    for (const item of items) {
      expect(item.link).toMatch(new RegExp(`^${ORIGIN}articles/reach-ended/updates/update-[a-z-]+/$`));
      expect(existsSync(fileFor(item.link)), item.link).toBe(true);
    }
    expect(new Date(items[1]!.pubDate).toISOString()).toBe('2024-03-22T08:00:00.000Z');
    expect(items[1]!['content:encoded']).toMatch(/calm (&#x26;|&amp;) talks began at <b>nine<\/b>/);
    expect(existsSync(join(dist, 'articles/reach-ordinary/rss.xml'))).toBe(false);
  });
});

describe('JSON Feed 1.1', () => {
  test.each(['feed.json', 'articles/reach-ended/feed.json', `${SEED}feed.json`])(
    '%s has the required fields',
    async (path) => {
      const feed = JSON.parse(await read(path));
      expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
      expect(typeof feed.title).toBe('string');
      expect(existsSync(fileFor(feed.home_page_url))).toBe(true);
      expect(fileFor(feed.feed_url)).toBe(join(dist, path));
      expect(feed.items.length).toBeGreaterThan(0);
      for (const item of feed.items) {
        expect(typeof item.id).toBe('string');
        expect(existsSync(fileFor(item.url))).toBe(true);
        expect(typeof item.content_html).toBe('string');
        expect(item.date_published).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(Z|[+-]\d{2}:\d{2})$/);
      }
    },
  );

  test('update entries carry their edit time; date-only times become the start of the day', async () => {
    const ended = JSON.parse(await read('articles/reach-ended/feed.json'));
    expect(ended.items[1]).toMatchObject({
      date_published: '2024-03-22T09:00:00+01:00',
      date_modified: '2024-03-22T21:15:00+01:00',
    });
    const seed = JSON.parse(await read(`${SEED}feed.json`));
    expect(seed.items[0].date_published).toBe('2024-03-24T00:00:00+01:00');
    expect(seed.items[0].content_html).toContain('nine to ten attacks');
  });
});

describe('sitemaps and robots.txt', () => {
  test('the sitemap index and its sitemaps validate against the XSDs, with absolute locs and lastmod', async () => {
    expect(await validateAgainstXsd('siteindex.xsd', join(dist, 'sitemap-index.xml'))).toEqual([]);
    const index = xml.parse(await read('sitemap-index.xml')).sitemapindex;
    const urls: { loc: string; lastmod?: string }[] = [];
    for (const entry of toArray(index.sitemap) as { loc: string; lastmod: string }[]) {
      expect(entry.lastmod).toMatch(/^\d{4}-/);
      const file = fileFor(entry.loc);
      expect(await validateAgainstXsd('sitemap.xsd', file), file).toEqual([]);
      urls.push(...(toArray(xml.parse(await readFile(file, 'utf8')).urlset.url) as typeof urls));
    }
    for (const url of urls) expect(existsSync(fileFor(url.loc)), url.loc).toBe(true);
    const lastmod = (path: string) => urls.find((u) => u.loc === `${ORIGIN}${path}`)?.lastmod;
    // The latest real change, never the build time: the edit of an update after coverage ended.
    expect(lastmod('articles/reach-ended/')).toBe('2024-03-22T20:15:00.000Z');
    expect(lastmod('articles/reach-ordinary/')).toBe('2024-03-21T09:00:00.000Z');
    expect(lastmod('tags/europe/')).toBe('2024-03-22T20:15:00.000Z');
    expect(lastmod('')).toBe('2024-03-23T23:00:00.000Z');
    expect(lastmod('search/')).toBeUndefined();
    expect(urls.some((u) => u.loc.includes('404'))).toBe(false);
    expect(existsSync(join(dist, 'sitemap-lastmod.json'))).toBe(false);
  });

  test('the Google News sitemap lists the articles of the two days before NEWS_NOW and validates', async () => {
    expect(await validateAgainstXsd('sitemap-combined.xsd', join(dist, 'news-sitemap.xml'))).toEqual([]);
    const urls = toArray(xml.parse(await read('news-sitemap.xml')).urlset.url) as Record<string, never>[];
    expect(urls.map((u) => u.loc)).toEqual([`${ORIGIN}${SEED}`]);
    expect(urls[0]!['news:news']).toMatchObject({
      'news:publication': { 'news:name': 'Live News', 'news:language': 'en' },
      'news:publication_date': '2024-03-24',
    });
  });

  test('a news sitemap with nothing recent is still valid', async () => {
    const file = join(site.dir, 'empty-news-sitemap.xml');
    await writeFile(file, renderNewsSitemap([], { name: 'Live News', language: 'en' }, ORIGIN));
    expect(await validateAgainstXsd('sitemap-combined.xsd', file)).toEqual([]);
  });

  test('robots.txt names both sitemaps with absolute URLs', async () => {
    const robots = await read('robots.txt');
    expect(robots).toContain(`Sitemap: ${ORIGIN}sitemap-index.xml`);
    expect(robots).toContain(`Sitemap: ${ORIGIN}news-sitemap.xml`);
  });
});

describe('structured data', () => {
  test("every page's JSON-LD parses and lists exactly the updates on the page", async () => {
    let live = 0;
    for (const path of await files('.html')) {
      const html = await read(path);
      const tree = fromHtml(html);
      const blocks: string[] = [];
      const updateIds = new Set<string>();
      visit(tree, 'element', (node: Element) => {
        if (node.tagName === 'script' && node.properties.type === 'application/ld+json') {
          blocks.push(node.children.map((c) => ('value' in c ? c.value : '')).join(''));
        }
        const classes = node.properties.className;
        if (
          node.tagName === 'article' &&
          Array.isArray(classes) &&
          classes.includes('update') &&
          node.properties.id
        ) {
          updateIds.add(String(node.properties.id));
        }
      });
      for (const block of blocks) {
        expect(block).not.toMatch(/<\/script|<!--|[\u2028\u2029]/i);
        const data = JSON.parse(block);
        if (data['@type'] !== 'LiveBlogPosting') continue;
        live++;
        const ids = (data.liveBlogUpdate as { url: string }[]).map((u) => u.url.split('#')[1]);
        expect(new Set(ids), path).toEqual(updateIds);
        expect(ids).toHaveLength(updateIds.size);
      }
    }
    expect(existsSync(join(dist, 'articles/reach-long/older/1/index.html'))).toBe(true);
    expect(live).toBeGreaterThanOrEqual(4);
  });

  test('a headline with </script> and U+2028 stays data; ordinary articles are NewsArticles', async () => {
    const html = await read('articles/reach-ordinary/index.html');
    const block = /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html)![1]!;
    const data = JSON.parse(block);
    expect(data['@type']).toBe('NewsArticle');
    expect(data.headline).toBe('Markets close </script><script>alert(1)</script> higher after a calm week');
    expect(data.dateModified).toBe('2024-03-21T10:00:00+01:00');
    expect(data.publisher.logo.url).toBe(`${ORIGIN}logo.png`);
  });

  test('ended coverage has coverageEndTime and the latest edit as dateModified', async () => {
    const html = await read('articles/reach-ended/index.html');
    const data = JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html)![1]!);
    expect(data).toMatchObject({
      '@type': 'LiveBlogPosting',
      coverageStartTime: '2024-03-22T08:00:00+01:00',
      coverageEndTime: '2024-03-22T20:00:00+01:00',
      dateModified: '2024-03-22T21:15:00+01:00',
    });
    expect(html).toContain('<meta property="article:modified_time" content="2024-03-22T21:15:00+01:00">');
    expect(html).toContain(
      `<link rel="alternate" type="application/rss+xml" title="Summit coverage has ended: updates (RSS)" href="${ORIGIN}articles/reach-ended/rss.xml">`,
    );
  });
});

describe('update share pages', () => {
  const ENDED = 'articles/reach-ended/';
  /** The head's Open Graph and Twitter values, the description and the canonical link. */
  async function shareTags(path: string) {
    const tags: Record<string, string> = {};
    visit(fromHtml(await read(path)), 'element', (node: Element) => {
      const { property, name, httpEquiv, content, rel, href } = node.properties;
      const key = String(property ?? name ?? httpEquiv);
      if (node.tagName === 'meta' && content !== undefined) tags[key] = String(content);
      if (node.tagName === 'link' && String(rel) === 'canonical') tags.canonical = String(href);
    });
    return tags;
  }

  test('a headlined update has its own title, description and 1200 x 630 card, and a canonical to the article', async () => {
    const page = `${ENDED}updates/update-a-opening/`;
    const tags = await shareTags(`${page}index.html`);
    expect(tags['og:title']).toBe('Leaders arrive for the summit | Live News');
    expect(tags['twitter:title']).toBe(tags['og:title']);
    expect(tags['og:description']).toBe(
      'The summit opened with a family photo. Tempers stayed calm & talks began at nine.',
    );
    expect(tags.description).toBe(tags['og:description']);
    expect(tags['og:type']).toBe('article');
    expect(tags['og:url']).toBe(`${ORIGIN}${page}`);
    expect(tags.canonical).toBe(`${ORIGIN}${ENDED}`);
    expect(tags['og:image']).toBe(`${ORIGIN}${page}og.png`);
    expect(tags['twitter:image']).toBe(tags['og:image']);
    expect(tags['og:image:alt']).toBe('Leaders arrive for the summit');
    expect(tags['article:published_time']).toBe('2024-03-22T09:00:00+01:00');
    // Readers land on the update in the live page, with or without JavaScript.
    expect(tags.refresh).toBe(`0; url=${BASE}${ENDED}#update-a-opening`);
    expect(tags.robots).toBeUndefined();
    const card = await sharp(await readFile(fileFor(tags['og:image']!))).metadata();
    expect([card.format, card.width, card.height]).toEqual(['png', 1200, 630]);
  });

  test('an update without a headline is titled by its first sentence and shares the article card', async () => {
    const page = `${ENDED}updates/update-b-close/`;
    const tags = await shareTags(`${page}index.html`);
    expect(tags['og:title']).toBe(
      'An update without a headline: the leaders signed a short declaration and went home. | Live News',
    );
    expect(tags['og:image']).toBe(`${ORIGIN}${ENDED}og.png`);
    expect(tags['og:image:alt']).toBe('Summit coverage has ended');
    expect(existsSync(join(dist, page, 'og.png'))).toBe(false);
  });

  test('an update that moved to an older page sends readers there, with that page as canonical', async () => {
    const tags = await shareTags('articles/reach-long/updates/update-u00/index.html');
    expect(tags.refresh).toBe(`0; url=${BASE}articles/reach-long/older/1/#update-u00`);
    expect(tags.canonical).toBe(`${ORIGIN}articles/reach-long/older/1/`);
    expect(tags['og:title']).toBe('Long coverage update number 0. | Live News');
  });

  test('the build says how many permalink pages and cards it wrote, and how many cards began early', () => {
    const said =
      /(\d+) update permalink page\(s\) \((\d+) unchanged\) and (\d+) update card\(s\) written in [\d.]+ s \((\d+) card\(s\) begun while the pages rendered\)\./.exec(
        buildOutput,
      );
    expect(said).not.toBeNull();
    const [pages, unchanged, cards, early] = said!.slice(1).map(Number) as [number, number, number, number];
    // A first build has no site before it to take pages from.
    expect(unchanged).toBe(0);
    expect(cards).toBeGreaterThan(0);
    expect(pages).toBeGreaterThan(cards);
    // The cards begin when Astro lists the routes, long before the pages are done.
    expect(early).toBeGreaterThan(0);
    expect(early).toBeLessThanOrEqual(cards);
  });
});

describe('listing pages', () => {
  test.each([
    ['', '2/'],
    ['tags/bulk/', 'tags/bulk/2/'],
    ['archive/2024/02/', 'archive/2024/02/2/'],
  ])('%s is paginated, linking to %s', async (first, second) => {
    expect(await read(`${first}index.html`)).toContain(`<a rel="next" href="${BASE}${second}">`);
    expect(existsSync(join(dist, second, 'index.html'))).toBe(true);
  });

  test('cards show the latest headline of live coverage, the summary and the topic, on every listing', async () => {
    const front = await read('index.html');
    expect(front).toContain(
      `<span class="card-latest-label">Latest</span> <time datetime="2024-03-24">24 March 2024</time>: <a href="${BASE}${SEED}#update-2024-03-24-van-ostaeyen">Terror expert`,
    );
    const topic = `<a class="card-topic" href="${BASE}tags/europe/">Europe</a>`;
    for (const page of [
      front,
      await read('tags/europe/index.html'),
      await read('archive/2024/03/index.html'),
    ]) {
      expect(page).toContain('<p>Live coverage of a one-day summit.</p>');
      expect(page).toContain(topic);
    }
    // Its newest update has no headline: no "Latest" line, the time it was last updated.
    const ended = front.slice(front.indexOf(`${BASE}articles/reach-ended/`));
    expect(ended.slice(0, ended.indexOf('</article>'))).not.toContain('card-latest');
  });

  test('the front page lists live coverage first', async () => {
    const html = await read('index.html');
    expect(html.indexOf('Live now')).toBeLessThan(html.indexOf('moscow-concert-hall-attack'));
    expect(html.indexOf('moscow-concert-hall-attack')).toBeLessThan(html.indexOf('reach-ended'));
  });
});

describe('valid HTML', () => {
  test('every page, topic pages and later listing pages included, is valid HTML', async () => {
    const pages = (await readdir(dist, { recursive: true })).filter((file) => file.endsWith('.html'));
    for (const type of [
      /^tags\/[^/]+\/index\.html$/,
      /^\d+\/index\.html$/,
      /^tags\/[^/]+\/\d+\/index\.html$/,
    ])
      expect(
        pages.some((page) => type.test(page)),
        `a page like ${type}`,
      ).toBe(true);
    const problems: string[] = [];
    for (const page of pages)
      for (const error of await htmlErrors(await read(page), page)) problems.push(`${page}:${error}`);
    expect(problems).toEqual([]);
  });
});

describe('the public address', () => {
  test('with SITE_URL set, no file names a local address and the build says nothing of it', async () => {
    expect(buildOutput).not.toContain('Site address:');
    const local = /localhost|127\.0\.0\.1/;
    const files = (await readdir(dist, { recursive: true, withFileTypes: true })).filter((e) => e.isFile());
    const offenders: string[] = [];
    for (const file of files) {
      const path = join(file.parentPath, file.name);
      if (
        /\.(html|xml|json|txt|webmanifest)$|_headers$/.test(file.name) &&
        local.test(await readFile(path, 'utf8'))
      )
        offenders.push(relative(dist, path));
    }
    expect(offenders).toEqual([]);
  });
});

describe('links under a base path', () => {
  let server: StaticServer;
  beforeAll(async () => {
    server = await startStaticServer(dist, BASE);
  });
  afterAll(async () => {
    await server?.close();
  });

  test('no broken link, asset, fragment, feed, canonical or JSON-LD URL anywhere on the site', async () => {
    const checker = new LinkChecker();
    const result = await checker.check({
      path: server.url,
      recurse: true,
      checkFragments: true,
      concurrency: 4,
      // Absolute URLs of the deploy (canonical, og:image, feeds, JSON-LD) are checked on the local copy.
      urlRewriteExpressions: [
        { pattern: new RegExp(`^${ORIGIN.replace(/[.]/g, '\\.')}`), replacement: server.url },
      ],
      linksToSkip: async (link) => !link.startsWith(server.url) && !link.startsWith(ORIGIN),
    });
    const broken = result.links
      .filter((l) => l.state === 'BROKEN')
      .map((l) => `${l.status} ${l.url} (on ${l.parent})`);
    expect(broken).toEqual([]);
    const checked = new Set(result.links.filter((l) => l.state === 'OK').map((l) => l.url));
    // Absolute URLs were rewritten to the local copy and checked: feeds, logo, social images.
    for (const path of ['search/', 'rss.xml', 'articles/reach-ended/feed.json', 'logo.png', 'tags/bulk/2/']) {
      expect(checked, path).toContain(`${server.url}${path}`);
    }
    expect(checked.size).toBeGreaterThan(60);
  });

  test("search finds its index under the base path and opens the update's permalink", async () => {
    const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
    try {
      const page = await browser.newPage();
      await page.goto(`${server.url}search/?q=${encodeURIComponent('nine to ten attacks')}`);
      const link = page.locator('.search-results a').first();
      await link.waitFor();
      const permalink = `${BASE}${SEED}#update-2024-03-24-van-ostaeyen`;
      expect(await link.getAttribute('href')).toBe(permalink);
      await link.click();
      await page.waitForURL(new URL(permalink, server.url).href);
    } finally {
      await browser.close();
    }
  });
});
