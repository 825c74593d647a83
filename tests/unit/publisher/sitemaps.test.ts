import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AstroConfig } from 'astro';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { KeptBuild } from '../../../scripts/publisher/kept-build.ts';
import { SitemapWriter } from '../../../scripts/publisher/sitemaps.ts';
import { LASTMOD_FILE } from '../../../src/integrations/sitemap.ts';

// The publisher's sitemap: spliced from the live one when that is exact, written whole
// by the integrations otherwise; either way what the integrations alone would write.
const kept = {
  config: {
    site: 'https://news.example.org',
    base: '/',
    trailingSlash: 'always',
    build: { format: 'directory' },
  } as unknown as AstroConfig,
  routes: [],
} as unknown as KeptBuild;

const scopes = (latest: string) => ({
  '': latest,
  'articles/a/': latest,
  'articles/b/': '2024-03-02T10:00:00.000Z',
  'articles/c/': '2024-03-01T10:00:00.000Z',
  'tags/': latest,
});

let dir = '';
let dist = '';
const saved = { article: process.env.PUBLISH_ARTICLE, dist: process.env.PUBLISH_DIST };

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'publisher-sitemaps-'));
  dist = join(dir, 'dist');
  for (const slug of ['a', 'b', 'c']) await page(dist, `articles/${slug}/`);
});

afterEach(async () => {
  for (const [key, value] of [
    ['PUBLISH_ARTICLE', saved.article],
    ['PUBLISH_DIST', saved.dist],
  ] as const) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
  await rm(dir, { recursive: true, force: true });
});

async function page(root: string, name: string, html = '<html><head></head><body>page</body></html>') {
  await mkdir(join(root, name), { recursive: true });
  await writeFile(join(root, name, 'index.html'), html);
}

/** A staging folder as a publish of article a leaves it before the sitemap step. */
async function staging(name: string, pages: string[], latest: string): Promise<string> {
  const folder = join(dir, name);
  for (const name of pages) await page(folder, name);
  await writeFile(join(folder, LASTMOD_FILE), JSON.stringify(scopes(latest)));
  return folder;
}

const read = (folder: string) =>
  Promise.all([
    readFile(join(folder, 'sitemap-0.xml'), 'utf8'),
    readFile(join(folder, 'sitemap-index.xml'), 'utf8'),
  ]);

describe('the publisher sitemap', () => {
  it('writes the whole sitemap without a live one, then splices what a whole one would hold', async () => {
    const everything = [
      '',
      'articles/a/',
      'articles/b/',
      'articles/c/',
      'articles/c/older/1/',
      'tags/',
      '2/',
    ];
    // The site as built: every page.
    const built = await staging('built', everything, '2024-03-03T10:00:00.000Z');
    const first = new SitemapWriter(kept, join(dir, 'nowhere'));
    expect(await first.write(built, everything)).toBe('whole');
    const [sitemap, index] = await read(built);
    await writeFile(join(dist, 'sitemap-0.xml'), sitemap);
    await writeFile(join(dist, 'sitemap-index.xml'), index);
    expect(sitemap).toContain('<loc>https://news.example.org/articles/c/older/1/</loc>');

    // Publishing article a, which gained an older page: the other articles come from dist/.
    process.env.PUBLISH_ARTICLE = 'a';
    process.env.PUBLISH_DIST = dist;
    const own = ['', 'articles/a/', 'articles/a/older/1/', 'tags/', '2/'];
    const latest = '2024-03-04T08:30:00.000Z';
    const spliced = await staging('spliced', own, latest);
    const writer = new SitemapWriter(kept, dist);
    expect(await writer.write(spliced, own)).toBe('spliced');

    // The same publish with the integrations alone (they read the other articles from dist/).
    const whole = await staging('whole', own, latest);
    expect(await new SitemapWriter(kept, join(dir, 'nowhere')).write(whole, own)).toBe('whole');
    expect(await read(spliced)).toEqual(await read(whole));
    const [result] = await read(spliced);
    expect(result).toContain('<loc>https://news.example.org/articles/a/older/1/</loc>');
    expect(result).toContain('<loc>https://news.example.org/articles/c/older/1/</loc>');
    expect(result.indexOf('/articles/a/older/1/')).toBeLessThan(result.indexOf('/articles/b/'));
    expect(result).toContain(`<lastmod>${latest}</lastmod>`);
  });

  it('writes the whole sitemap when two addresses sort as equal, with the lastmod file it read', async () => {
    const everything = ['', 'articles/a/', 'articles/b/', 'tags/harbour-1/', 'tags/harbour-01/'];
    const built = await staging('built', everything, '2024-03-03T10:00:00.000Z');
    expect(await new SitemapWriter(kept, join(dir, 'nowhere')).write(built, everything)).toBe('whole');
    const [sitemap, index] = await read(built);
    await writeFile(join(dist, 'sitemap-0.xml'), sitemap);
    await writeFile(join(dist, 'sitemap-index.xml'), index);

    process.env.PUBLISH_ARTICLE = 'a';
    process.env.PUBLISH_DIST = dist;
    const own = ['', 'articles/a/', 'tags/harbour-1/', 'tags/harbour-01/'];
    const latest = '2024-03-04T08:30:00.000Z';
    const published = await staging('published', own, latest);
    expect(await new SitemapWriter(kept, dist).write(published, own)).toBe('whole');
    const whole = await staging('whole', own, latest);
    await new SitemapWriter(kept, join(dir, 'nowhere')).write(whole, own);
    expect(await read(published)).toEqual(await read(whole));
    expect((await read(published))[0]).toContain(`<lastmod>${latest}</lastmod>`);
  });
});
