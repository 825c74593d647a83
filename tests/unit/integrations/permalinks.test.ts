import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rename, rm, stat, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { PermalinkEntry } from '../../../src/data/permalinks.ts';
import { startUpdateCards, updateCardFile } from '../../../src/images/update-card-queue.ts';
import { writeUpdatePermalinks } from '../../../src/integrations/permalinks.ts';
import { PERMALINK_MARKS } from '../../../src/model/permalink-page.ts';

let out: string;
let cache: string;
const saved = process.env.ASTRO_CACHE_DIR;

beforeAll(async () => {
  out = await mkdtemp(join(tmpdir(), 'live-news-permalinks-'));
  cache = `${out}-cache`;
  process.env.ASTRO_CACHE_DIR = cache;
});

afterAll(async () => {
  if (saved === undefined) delete process.env.ASTRO_CACHE_DIR;
  else process.env.ASTRO_CACHE_DIR = saved;
  await rm(out, { recursive: true, force: true });
  await rm(cache, { recursive: true, force: true });
});

const entry = (i: number, withCard: boolean): PermalinkEntry => {
  const folder = `articles/story/updates/u${i}/`;
  const text = {
    headline: `Update ${i}`,
    time: '24 March 2024, 15:30 CET',
    articleTitle: 'Story',
    siteName: 'Live News',
  };
  return {
    article: 'story',
    update: `u${i}`,
    file: `${folder}index.html`,
    title: i === 7 ? 'Line one\nwith "quotes" & <b>' : `Update ${i}`,
    description: `What update ${i} says.`,
    target: `/articles/story/#u${i}`,
    canonical: 'https://news.example/articles/story/',
    url: `https://news.example/${folder}`,
    image: withCard ? `${folder}og.png` : 'articles/story/og.png',
    imageAlt: `Update ${i}`,
    published: '2024-03-24T15:30:00+01:00',
    time: '15:30',
    articleTitle: 'Story',
    lang: 'en',
    dir: 'ltr',
    ogLocale: 'en_GB',
    readInLive: 'Read it in the live page',
    ...(withCard && { card: { file: `${folder}og.png`, input: text } }),
  };
};

/** A site folder as Astro leaves it for the integration: the template page and the list of `entries`. */
async function siteToFill(dir: string, entries: readonly PermalinkEntry[]): Promise<void> {
  const template = `<h1>${Object.values(PERMALINK_MARKS).join(' | ')}</h1>`;
  await mkdir(join(dir, 'permalink-template'), { recursive: true });
  await writeFile(join(dir, 'permalink-template', 'index.html'), template);
  await writeFile(join(dir, 'permalinks.ndjson'), entries.map((e) => `${JSON.stringify(e)}\n`).join(''));
}

test('every permalink page of a long list is written, read a part at a time; the list and template go', async () => {
  // More entries than are read at once; a line break inside a value stays inside its line.
  const entries = Array.from({ length: 5000 }, (_, i) => entry(i, i % 2500 === 3));
  await siteToFill(out, entries);

  const count = await writeUpdatePermalinks(out);

  expect(count).toMatchObject({ pages: 5000, cards: 2 });
  for (const i of [0, 2047, 2048, 4999])
    expect(await readFile(join(out, `articles/story/updates/u${i}/index.html`), 'utf8')).toContain(
      `What update ${i} says.`,
    );
  expect(await readFile(join(out, 'articles/story/updates/u7/index.html'), 'utf8')).toContain(
    'Line one\nwith &quot;quotes&quot; &amp; &lt;b&gt;',
  );
  expect(existsSync(join(out, 'articles/story/updates/u3/og.png'))).toBe(true);
  expect(existsSync(join(out, 'articles/story/updates/u2503/og.png'))).toBe(true);
  expect(existsSync(join(out, 'articles/story/updates/u4/og.png'))).toBe(false);
  expect(existsSync(join(out, 'permalinks.ndjson'))).toBe(false);
  expect(existsSync(join(out, 'permalink-template'))).toBe(false);
});

test('a page the replaced site has with the same bytes is linked; a changed or new page is written', async () => {
  const site = join(out, 'site');
  const replaced = join(out, 'replaced');
  const entries = [entry(0, false), entry(1, false), entry(2, false)];
  await siteToFill(site, entries);
  // The site before: the same page for u0, another text for u1, no page for u2.
  const before = join(out, 'before');
  await siteToFill(before, [entries[0]!]);
  await writeUpdatePermalinks(before);
  await mkdir(join(out, 'replaced/articles/story/updates'), { recursive: true });
  await rename(join(before, 'articles/story/updates/u0'), join(replaced, 'articles/story/updates/u0'));
  const page = (root: string, i: number) => join(root, `articles/story/updates/u${i}/index.html`);
  await mkdir(dirname(page(replaced, 1)), { recursive: true });
  await writeFile(page(replaced, 1), 'an older text');

  const count = await writeUpdatePermalinks(site, replaced);

  expect(count).toMatchObject({ pages: 3, linked: 1 });
  expect((await stat(page(site, 0))).ino).toBe((await stat(page(replaced, 0))).ino);
  expect((await stat(page(site, 1))).ino).not.toBe((await stat(page(replaced, 1))).ino);
  expect(await readFile(page(site, 1), 'utf8')).toContain('What update 1 says.');
  expect(await readFile(page(replaced, 1), 'utf8')).toBe('an older text');
  expect(await readFile(page(site, 2), 'utf8')).toContain('What update 2 says.');
  expect(await readFile(page(site, 0), 'utf8')).toContain('What update 0 says.');
});

test('a card swept from the cache after it was begun (a full build beside a publish) is drawn again', async () => {
  const site = join(out, 'swept');
  const swept = entry(11, true);
  await siteToFill(site, [swept]);
  // Begun while the pages rendered; then the sweep of a build beside it removes the file.
  startUpdateCards([swept.card!.input]);
  const { file } = await updateCardFile(swept.card!.input);
  await unlink(file);

  const count = await writeUpdatePermalinks(site);

  expect(count).toMatchObject({ pages: 1, cards: 1 });
  const card = join(site, swept.card!.file);
  expect((await readFile(card)).subarray(1, 4).toString()).toBe('PNG');
  // Drawn into the cache again and linked from there.
  expect((await stat(card)).ino).toBe((await stat(file)).ino);
});
