// The sitemap of a merged site: every shard lists its own articles' pages and the site-wide
// ones; the merged sitemap lists each page once, in @astrojs/sitemap's order.
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { decodeXml } from '../../src/integrations/sitemap.ts';

const SITEMAP = 'sitemap-0.xml';
/** @astrojs/sitemap's default entryLimit: past it a build writes sitemap-1.xml as well. */
const ENTRY_LIMIT = 45_000;
/** The order @astrojs/sitemap sorts its URLs in (`localeCompare(b, 'en', { numeric: true })`). */
const order = new Intl.Collator('en', { numeric: true }).compare;

/**
 * Writes `merged`'s sitemap-0.xml from the shards' own: shard 1's file (already in
 * `merged`) with every shard's `<url>` entries, each URL once. sitemap-index.xml stays
 * shard 1's: it names the file with the site's latest lastmod, the front page's, which
 * every shard lists. Throws when the result would not be the one file a build writes.
 */
export async function mergeSitemaps(merged: string, shards: readonly string[]): Promise<number> {
  const entries = new Map<string, string>();
  for (const shard of shards) {
    if (existsSync(join(shard, 'sitemap-1.xml')))
      throw new Error(
        `${shard} has more than one sitemap file; merge-shards writes one (at most ${ENTRY_LIMIT} pages).`,
      );
    const xml = await readFile(join(shard, SITEMAP), 'utf8');
    for (const [element, inner = ''] of xml.matchAll(/<url>(.*?)<\/url>/gs)) {
      const url = decodeXml(/^<loc>([^<]*)<\/loc>/.exec(inner)?.[1] ?? '');
      const known = entries.get(url);
      if (known !== undefined && known !== element)
        throw new Error(
          `The shards list ${url} differently in their sitemaps: were they built from the same content?`,
        );
      entries.set(url, element);
    }
  }
  if (entries.size > ENTRY_LIMIT)
    throw new Error(
      `${entries.size} pages: merge-shards writes one sitemap file, of at most ${ENTRY_LIMIT} pages.`,
    );
  const file = join(merged, SITEMAP);
  const xml = await readFile(file, 'utf8');
  const start = xml.indexOf('<url>');
  const end = xml.lastIndexOf('</urlset>');
  if (start < 0 || end < start) throw new Error(`${file} is not a sitemap @astrojs/sitemap wrote.`);
  const body = [...entries].sort(([a], [b]) => order(a, b)).map(([, element]) => element);
  await writeFile(file, xml.slice(0, start) + body.join('') + xml.slice(end));
  return entries.size;
}
