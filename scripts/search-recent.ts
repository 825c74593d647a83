// The search index after a publish: the main index of the last full build stays as it is,
// and a small index of the articles published since then sits beside it. The search page
// merges the two (Pagefind's mergeIndex) and leaves out the main index's records of those
// articles, so a changed or retracted update is found as it now is, or not at all. The
// next full build indexes everything again and starts with no recent articles.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { buildSearchIndex, type SearchIndex } from './search-index.ts';
import { updateSearchFiles, type SearchUpdateReport } from './search-files.ts';
import { SLUG_PATTERN } from '../src/model/update-id.ts';
import { replaceFile } from './site-files.ts';

/** The recent index's bundle, inside the main one's folder (the search page loads it from there). */
export const RECENT_BUNDLE = 'recent';
/** Which articles the recent index holds: `{ "articles": [slug, ...] }`, beside the main bundle's files. */
export const RECENT_LIST = 'recent.json';

/** The list a full build writes: no article is newer than its index. */
export function emptyRecentList(): { path: string; content: Uint8Array } {
  return { path: RECENT_LIST, content: encodeList([]) };
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
  const index = await buildSearchIndex(dist, language, articles);
  const files = await updateSearchFiles(join(folder, RECENT_BUNDLE), index.files);
  await replaceFile(join(folder, RECENT_LIST), encodeList(articles));
  return { index, files, articles };
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
