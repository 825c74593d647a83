// The search index after a publish: the main index of the last full build stays as it is,
// and a small index of the articles published since then sits beside it. The search page
// merges the two (Pagefind's mergeIndex) and leaves out the main index's records of those
// articles, so a changed or retracted update is found as it now is, or not at all. The
// next full build indexes everything again and starts with no recent articles.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSearchIndex, type SearchIndex } from './search-index.ts';
import { updateSearchFiles, type SearchUpdateReport } from './search-files.ts';
import { SLUG_PATTERN } from '../src/model/update-id.ts';
import { listFiles, replaceFile } from './site-files.ts';

/** The recent index's bundle, inside the main one's folder (the search page loads it from there). */
export const RECENT_BUNDLE = 'recent';
/** Which articles the recent index holds: `{ "articles": [slug, ...] }`, beside the main bundle's files. */
export const RECENT_LIST = 'recent.json';

/** Writes the recent list into a bundle's folder; a full build's is empty (no article is newer than its index). */
export async function writeRecentList(folder: string, articles: readonly string[]): Promise<void> {
  await replaceFile(join(folder, RECENT_LIST), encodeList(articles));
}

/**
 * Adds `published` to the recent index of the live site in `dist` (its `pagefind/`
 * folder) and indexes those articles' pages as they now are. Costs what the recent
 * articles cost, not what the archive does. The bundle goes first, then the list, so
 * for a moment a reader may see an article's old records beside its new ones, never neither.
 */
export async function updateRecentSearch(
  dist: string,
  language: string,
  published: readonly string[],
): Promise<{ index: SearchIndex; files: SearchUpdateReport; articles: string[] }> {
  const folder = join(dist, 'pagefind');
  const articles = [...new Set([...(await readRecentList(folder)), ...published])].sort();
  // Pagefind writes the bundle aside; the live one is then brought up to date file by file.
  const aside = await mkdtemp(join(tmpdir(), 'live-news-recent-'));
  try {
    // One part whatever its size: the search page merges the recent index as one bundle.
    const index = await buildSearchIndex(dist, language, {
      into: aside,
      only: articles,
      partRecords: Number.POSITIVE_INFINITY,
    });
    const bundle = await Promise.all(
      (await listFiles(aside)).map(async (path) => ({ path, content: await readFile(join(aside, path)) })),
    );
    const files = await updateSearchFiles(join(folder, RECENT_BUNDLE), bundle);
    await writeRecentList(folder, articles);
    return { index, files, articles };
  } finally {
    await rm(aside, { recursive: true, force: true });
  }
}

/** The articles listed in `folder`'s recent list; none when there is no list (a site built before it). */
async function readRecentList(folder: string): Promise<string[]> {
  const text = await readFile(join(folder, RECENT_LIST), 'utf8').catch(() => undefined);
  if (text === undefined) return [];
  const list: unknown = JSON.parse(text);
  const articles = (list as { articles?: unknown }).articles;
  if (!Array.isArray(articles) || !articles.every((a) => typeof a === 'string' && SLUG_PATTERN.test(a)))
    throw new Error(`${join(folder, RECENT_LIST)} is not a list of articles; run "npm run build".`);
  return articles;
}

function encodeList(articles: readonly string[]): Uint8Array {
  return new TextEncoder().encode(`${JSON.stringify({ articles })}\n`);
}
