// The last files of a whole site, the same after a build and after a merge of shards.
import { join } from 'node:path';
import { writePartList, type SearchIndex } from './search-index.ts';
import { writeRecentList } from './search-recent.ts';
import { writeServiceWorker } from './service-worker-file.ts';
import { writeHostHeaders } from './site-files.ts';

/**
 * Once the search index of every article is in `site/pagefind/`: the list of its parts, an
 * empty recent-changes list (a full index holds every article: scripts/search-recent.ts),
 * then the service worker and `_headers`, whose cache rules name every top-level file.
 */
export async function writeFullSiteFiles(site: string, index: SearchIndex): Promise<void> {
  const search = join(site, 'pagefind');
  await writePartList(search, index);
  await writeRecentList(search, []);
  await writeServiceWorker(site, process.env.BASE_PATH || '/');
  await writeHostHeaders(site);
}
