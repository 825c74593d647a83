import { site } from '../../src/site.ts';
import type { SearchIndex } from '../search-index.ts';
import type { SearchUpdateReport } from '../search-files.ts';
import { updateRecentSearch } from '../search-recent.ts';
import { writeHostHeaders } from '../site-files.ts';

/**
 * The search index of a live site after publishing `articles`: the recent-changes index
 * (scripts/search-recent.ts) with them added, updated in place while the previous one
 * keeps answering, then `_headers`, whose rules name the search folder. The main index
 * of the last full build is left as it is: the time depends on the articles published
 * since that build, not on the size of the archive.
 */
export async function updateSiteSearch(
  dist: string,
  articles: readonly string[],
): Promise<{ index: SearchIndex; files: SearchUpdateReport; recent: string[] }> {
  const { index, files, articles: recent } = await updateRecentSearch(dist, site.lang, articles);
  await writeHostHeaders(dist);
  return { index, files, recent };
}
