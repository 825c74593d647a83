import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { validateAgainstXsd } from '../../helpers/xsd.ts';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'xsd-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

async function check(schema: string, xml: string) {
  const file = join(dir, `${Math.random().toString(36).slice(2)}.xml`);
  await writeFile(file, xml);
  return validateAgainstXsd(schema, file);
}

const urlset = (inner: string) =>
  `<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">${inner}</urlset>`;
const news = (date: string) =>
  `<url><loc>https://news.example/a/</loc><news:news><news:publication><news:name>N</news:name><news:language>en</news:language></news:publication><news:publication_date>${date}</news:publication_date><news:title>T</news:title></news:news></url>`;

test('a valid sitemap passes and a wrong date fails, offline, with the vendored schemas', async () => {
  expect(
    await check(
      'sitemap.xsd',
      urlset('<url><loc>https://news.example/</loc><lastmod>2024-03-24</lastmod></url>'),
    ),
  ).toEqual([]);
  expect(
    await check(
      'sitemap.xsd',
      urlset('<url><loc>https://news.example/</loc><lastmod>yesterday</lastmod></url>'),
    ),
  ).not.toEqual([]);
});

test('the combined schema takes the news extension and rejects a malformed one', async () => {
  expect(await check('sitemap-combined.xsd', urlset(news('2024-03-24')))).toEqual([]);
  expect(await check('sitemap-combined.xsd', urlset(news('24 March')))).not.toEqual([]);
  expect(await check('sitemap.xsd', urlset(news('2024-03-24')))).not.toEqual([]);
});

test('a sitemap index is checked against its own schema', async () => {
  const index = (inner: string) =>
    `<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${inner}</sitemapindex>`;
  expect(
    await check('siteindex.xsd', index('<sitemap><loc>https://news.example/sitemap-0.xml</loc></sitemap>')),
  ).toEqual([]);
  expect(await check('siteindex.xsd', index('<url><loc>https://news.example/</loc></url>'))).not.toEqual([]);
});
