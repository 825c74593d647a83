// The sitemap of a merged site: every shard lists its own articles' pages and the site-wide
// ones; the merged sitemap lists each page once, in @astrojs/sitemap's order and files.
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { decodeXml, SITEMAP_ENTRY_LIMIT, sitemapOrder } from '../../src/integrations/sitemap.ts';

/** A sitemap file of a build: sitemap-0.xml, sitemap-1.xml, ... */
export const SITEMAP_FILE = /^sitemap-\d+\.xml$/;
const INDEX = 'sitemap-index.xml';

/**
 * Writes `merged`'s sitemap files and sitemap-index.xml from the shards' own, as a single
 * build writes them: every shard's `<url>` entries, each URL once, sorted, `limit` to a
 * file, each file named in the index with the latest lastmod of its entries. The head and
 * tail of each file and of the index are shard 1's (copied into `merged` by merge-folders.ts).
 * Returns the number of pages.
 */
export async function mergeSitemaps(
  merged: string,
  shards: readonly string[],
  limit = SITEMAP_ENTRY_LIMIT,
): Promise<number> {
  const entries = new Map<string, { element: string; lastmod: string | undefined }>();
  for (const shard of shards) {
    for (const name of await sitemapFiles(shard)) {
      const xml = await readFile(join(shard, name), 'utf8');
      for (const [element, inner = ''] of xml.matchAll(/<url>(.*?)<\/url>/gs)) {
        const url = decodeXml(/^<loc>([^<]*)<\/loc>/.exec(inner)?.[1] ?? '');
        const known = entries.get(url);
        if (known !== undefined && known.element !== element)
          throw new Error(
            `The shards list ${url} differently in their sitemaps: were they built from the same content?`,
          );
        entries.set(url, { element, lastmod: /<lastmod>([^<]*)<\/lastmod>/.exec(inner)?.[1] });
      }
    }
  }
  const sorted = [...entries].sort(([a], [b]) => sitemapOrder(a, b)).map(([, entry]) => entry);
  const chunks = Array.from({ length: Math.max(1, Math.ceil(sorted.length / limit)) }, (_, i) =>
    sorted.slice(i * limit, (i + 1) * limit),
  );
  const first = join(merged, 'sitemap-0.xml');
  const xml = await readFile(first, 'utf8');
  const start = xml.indexOf('<url>');
  const end = xml.lastIndexOf('</urlset>');
  if (start < 0 || end < start) throw new Error(`${first} is not a sitemap @astrojs/sitemap wrote.`);
  for (const name of await sitemapFiles(merged)) await rm(join(merged, name));
  for (const [i, chunk] of chunks.entries()) {
    const body = chunk.map((entry) => entry.element).join('');
    await writeFile(join(merged, `sitemap-${i}.xml`), xml.slice(0, start) + body + xml.slice(end));
  }
  await writeIndex(join(merged, INDEX), chunks.map(latestLastmod));
  return entries.size;
}

/** sitemap-index.xml naming `lastmods.length` files, each with its lastmod, in shard 1's form. */
async function writeIndex(file: string, lastmods: readonly (string | undefined)[]) {
  const xml = await readFile(file, 'utf8');
  const found = /<sitemap><loc>([^<]*)sitemap-0\.xml<\/loc>(?:<lastmod>[^<]*<\/lastmod>)?<\/sitemap>/.exec(
    xml,
  );
  if (!found) throw new Error(`${file} is not a sitemap index @astrojs/sitemap wrote.`);
  const prefix = found[1]!;
  const items = lastmods.map(
    (lastmod, i) =>
      `<sitemap><loc>${prefix}sitemap-${i}.xml</loc>${lastmod ? `<lastmod>${lastmod}</lastmod>` : ''}</sitemap>`,
  );
  const close = xml.lastIndexOf('</sitemapindex>');
  await writeFile(file, xml.slice(0, found.index) + items.join('') + xml.slice(close));
}

/** As @astrojs/sitemap dates a file in its index: the latest lastmod of its entries. */
function latestLastmod(chunk: readonly { lastmod: string | undefined }[]): string | undefined {
  let latest: number | undefined;
  for (const { lastmod } of chunk) {
    const time = lastmod ? new Date(lastmod).getTime() : Number.NaN;
    if (!Number.isNaN(time) && (latest === undefined || time > latest)) latest = time;
  }
  return latest === undefined ? undefined : new Date(latest).toISOString();
}

async function sitemapFiles(dir: string): Promise<string[]> {
  return (await readdir(dir)).filter((name) => SITEMAP_FILE.test(name)).sort(sitemapOrder);
}
