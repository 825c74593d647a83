import { join } from 'node:path';
import { site } from '../../src/site.ts';
import { buildSearchIndex, type SearchIndex } from '../search-index.ts';
import { updateSearchFiles, type SearchUpdateReport } from '../search-files.ts';
import { writeHostHeaders } from '../site-files.ts';

/**
 * The search index of a live site after a publish: built from `dist` as it now is (the
 * whole site, so it is the one a full build writes), its files updated in place while
 * the previous index keeps answering, then `_headers`, whose rules name the search folder.
 */
export async function updateSiteSearch(
  dist: string,
): Promise<{ index: SearchIndex; files: SearchUpdateReport }> {
  const index = await buildSearchIndex(dist, site.lang);
  const files = await updateSearchFiles(join(dist, 'pagefind'), index.files);
  await writeHostHeaders(dist);
  return { index, files };
}
