import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { mergeSitemaps } from '../../../scripts/shards/merge-sitemaps.ts';

// The form @astrojs/sitemap writes (see a build's dist/sitemap-index.xml and sitemap-0.xml).
const HEAD =
  '<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">';
const INDEX_HEAD =
  '<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">';
const SITE = 'https://news.example/';
const url = (path: string, lastmod: string) =>
  `<url><loc>${SITE}${path}</loc><lastmod>${lastmod}</lastmod></url>`;
const indexEntry = (i: number, lastmod: string) =>
  `<sitemap><loc>${SITE}sitemap-${i}.xml</loc><lastmod>${lastmod}</lastmod></sitemap>`;

const FRONT = url('', '2024-03-24T12:00:00.000Z');
const shardPages = [
  // Shard 1: the site-wide page, articles a and c (a's second page sorts after a's first).
  [
    FRONT,
    url('articles/a/', '2024-03-20T10:00:00.000Z'),
    url('articles/a/2/', '2024-03-19T10:00:00.000Z'),
    url('articles/c/', '2024-03-21T10:00:00.000Z'),
  ],
  // Shard 2: the site-wide page too, and article b, the latest of all.
  [FRONT, url('articles/b/', '2024-03-25T08:30:00.000Z')],
];

let dir: string;
let shards: string[];
let merged: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'live-news-sitemaps-'));
  shards = [join(dir, 'shard-1'), join(dir, 'shard-2')];
  merged = join(dir, 'merged');
  for (const [i, pages] of shardPages.entries()) {
    await mkdir(shards[i]!);
    await writeFile(join(shards[i]!, 'sitemap-0.xml'), `${HEAD}${pages.join('')}</urlset>`);
    const latest = i === 0 ? '2024-03-24T12:00:00.000Z' : '2024-03-25T08:30:00.000Z';
    await writeFile(
      join(shards[i]!, 'sitemap-index.xml'),
      `${INDEX_HEAD}${indexEntry(0, latest)}</sitemapindex>`,
    );
  }
  // merge-folders.ts copies shard 1's files in first.
  await cp(shards[0]!, merged, { recursive: true });
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const read = (name: string) => readFile(join(merged, name), 'utf8');

test('one file: every URL once, in @astrojs/sitemap order, the index dated by the latest', async () => {
  expect(await mergeSitemaps(merged, shards)).toBe(5);
  const [front, a, a2, c] = shardPages[0]!;
  expect(await read('sitemap-0.xml')).toBe(`${HEAD}${front}${a}${a2}${shardPages[1]![1]}${c}</urlset>`);
  expect(await read('sitemap-index.xml')).toBe(
    `${INDEX_HEAD}${indexEntry(0, '2024-03-25T08:30:00.000Z')}</sitemapindex>`,
  );
});

test('past the entry limit: as many files as a build writes, each dated by its own entries', async () => {
  expect(await mergeSitemaps(merged, shards, 2)).toBe(5);
  const [front, a, a2, c] = shardPages[0]!;
  const b = shardPages[1]![1]!;
  expect((await readdir(merged)).filter((name) => name.startsWith('sitemap-')).sort()).toEqual([
    'sitemap-0.xml',
    'sitemap-1.xml',
    'sitemap-2.xml',
    'sitemap-index.xml',
  ]);
  expect(await read('sitemap-0.xml')).toBe(`${HEAD}${front}${a}</urlset>`);
  expect(await read('sitemap-1.xml')).toBe(`${HEAD}${a2}${b}</urlset>`);
  expect(await read('sitemap-2.xml')).toBe(`${HEAD}${c}</urlset>`);
  expect(await read('sitemap-index.xml')).toBe(
    INDEX_HEAD +
      indexEntry(0, '2024-03-24T12:00:00.000Z') +
      indexEntry(1, '2024-03-25T08:30:00.000Z') +
      indexEntry(2, '2024-03-21T10:00:00.000Z') +
      '</sitemapindex>',
  );
});

test('shards that already wrote several files are read whole, and a stale extra file is replaced', async () => {
  // Shard 2 split its pages over two files; the merged folder holds a leftover sitemap-3.xml.
  await writeFile(join(shards[1]!, 'sitemap-0.xml'), `${HEAD}${FRONT}</urlset>`);
  await writeFile(join(shards[1]!, 'sitemap-1.xml'), `${HEAD}${shardPages[1]![1]}</urlset>`);
  await writeFile(join(merged, 'sitemap-3.xml'), `${HEAD}</urlset>`);
  expect(await mergeSitemaps(merged, shards)).toBe(5);
  expect((await readdir(merged)).filter((name) => /^sitemap-\d/.test(name))).toEqual(['sitemap-0.xml']);
});

test('a URL two shards list differently stops the merge', async () => {
  await writeFile(
    join(shards[1]!, 'sitemap-0.xml'),
    `${HEAD}${url('', '2020-01-01T00:00:00.000Z')}</urlset>`,
  );
  await expect(mergeSitemaps(merged, shards)).rejects.toThrow(/lists? .* differently.*same content/);
});
