// Atomic build: Astro writes into a fresh temporary folder next to dist/, and
// dist/ is replaced only when the whole build succeeded. A failed or killed
// build leaves the previous dist/ exactly as it was.
import { build } from 'astro';
import { rename, rm, writeFile } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import {
  commitPacks,
  deadPackPrefixes,
  onlineDirFor,
  stagedPacksFor,
} from '../src/loaders/online-sources.ts';
import type { Shard } from '../src/model/shard.ts';
import { site } from '../src/site.ts';
import { searchDuringBuild } from './search-during-build.ts';
import { buildKey } from './build-key.ts';
import { BUILD_KEY_VARIABLE } from '../src/data/reused-articles.ts';
import { reusedArticlePages } from '../src/integrations/reused-pages.ts';
import { writeFullSiteFiles } from './full-site-files.ts';
import { partRecordsSetting, type SearchIndex } from './search-index.ts';
import { previousBundle, recordBundle } from './search-reuse.ts';
import { readShardOption, SHARD_FILE } from './shards/shard-option.ts';
import { removeEmptyFolders } from './reused-folders.ts';
import { imageCacheDir, sweepImageCache } from '../src/images/image-cache.ts';
import {
  announceSiteAddress,
  clearSiteLeftovers,
  replacedSiteRemoved,
  replaceSiteFolder,
  resetBuildEnvironment,
  stagingFolder,
} from './site-files.ts';

let shard: Shard | undefined;
let partRecords: number;
try {
  shard = readShardOption(process.argv.slice(2));
  // Checked before anything is built, not once the pages are written.
  partRecords = partRecordsSetting();
} catch (error) {
  console.error(`${(error as Error).message}\nNothing was built.`);
  process.exit(1);
}
resetBuildEnvironment();
// A shard renders its articles' pages (src/data/publish-scope.ts); merge-shards does the rest.
if (shard) process.env.BUILD_SHARD = `${shard.index}/${shard.count}`;
announceSiteAddress();

const root = resolve(import.meta.dirname, '..');
const dist = resolve(root, process.env.OUT_DIR || 'dist');
const name = basename(dist);
const staging = stagingFolder(dist);
// Pagefind writes its bundle beside the staging folder while Astro finishes, then it moves in.
const searchStaging = `${staging}-search`;
// The sources of every article, kept beside dist/ once it is replaced (src/loaders/online-sources.ts).
const packs = stagedPacksFor(dist);
process.env.ONLINE_SOURCES_OUT = packs;
// The site this build replaces: pages it has unchanged are linked, not written (src/integrations/permalinks.ts).
process.env.REPLACED_SITE = dist;
// A full build takes the pages of articles unchanged since that site was built (src/data/reused-articles.ts).
// A file it cannot read (a broken link in public/) costs only that: every page is rendered.
if (!shard) {
  try {
    process.env[BUILD_KEY_VARIABLE] = buildKey(root);
  } catch (error) {
    console.warn(`Every page is rendered again: ${(error as Error).message}`);
  }
}

// The build writes into the folders of the site the last build replaced (scripts/reused-folders.ts).
let reusedFolders: string[];
try {
  reusedFolders = await clearSiteLeftovers(dist, deadPackPrefixes(dist), staging);
} catch (error) {
  // A folder or file beside dist/ this user may not change, say: the next build tries again.
  console.error(
    `Could not clear what the last build left beside ${name}/: ${(error as Error).message}\nNothing was built; ${name}/ was left unchanged.`,
  );
  process.exit(1);
}
// Search is part of the site: a failed index fails the build and dist/ stays as it was.
// It starts once the pages are written, while Astro finishes (scripts/search-during-build.ts).
// A rebuild whose article pages are unchanged takes the last bundle (scripts/search-reuse.ts).
const search = searchDuringBuild(
  staging,
  searchStaging,
  site.lang,
  shard ? undefined : await previousBundle(dist, process.env[BUILD_KEY_VARIABLE]),
  partRecords,
);
try {
  await build({
    root,
    outDir: staging,
    logLevel: process.env.BUILD_LOG_LEVEL === 'silent' ? 'error' : 'info',
    integrations: shard ? [] : [reusedArticlePages(), search.integration],
    // The staging folder is new, or holds folders and no file (clearSiteLeftovers): nothing to empty.
    vite: { build: { emptyOutDir: false } },
  });
  // Before the service worker and _headers, whose rules name the top-level files and folders.
  removeEmptyFolders(reusedFolders);
  if (shard) await finishShard(staging, shard);
  else await finishSite(staging, search);
} catch (error) {
  await rm(staging, { recursive: true, force: true });
  await rm(searchStaging, { recursive: true, force: true });
  await rm(packs, { recursive: true, force: true });
  await replacedSiteRemoved();
  console.error(`\nBuild failed; ${name}/ was left unchanged.`);
  if (error instanceof Error && !process.exitCode) console.error(error.message);
  process.exit(1);
}
await replaceSiteFolder(staging, dist);
await commitPacks(packs, onlineDirFor(dist), true);
if (!shard) await recordBundle(dist, await search.index(), process.env[BUILD_KEY_VARIABLE]);
// A shard asks for its own articles' images only; other shards may share the cache.
if (!shard) sweepCache();
console.log(shard ? `Shard ${shard.index}/${shard.count} written to ${name}/` : `Site written to ${name}/`);

/** The search index (started while Astro finished), its lists, the service worker and `_headers`. */
async function finishSite(staging: string, search: ReturnType<typeof searchDuringBuild>) {
  const waiting = performance.now();
  const indexed = await search.index();
  await rename(searchStaging, join(staging, 'pagefind'));
  const seconds = ((performance.now() - waiting) / 1000).toFixed(1);
  console.log(
    `Search index: ${indexed.pages} pages, ${indexed.updates} live updates${searchHow(indexed, seconds)}`,
  );
  await writeFullSiteFiles(staging, indexed);
}

/** Removes the cached images no page shows any more (src/images/image-cache.ts), and says so. */
function sweepCache() {
  try {
    const { removed, bytes } = sweepImageCache(imageCacheDir());
    if (removed === 0) return;
    const mb = (bytes / 1e6).toFixed(1);
    console.log(`Image cache: ${removed} image(s) no page shows any more removed (${mb} MB).`);
  } catch (error) {
    // The site is built and in place; the next build sweeps again.
    console.warn(`Could not sweep the image cache: ${(error as Error).message}`);
  }
}

/** How the index was made: in how many parts, how many taken from the last build, how long it was waited for. */
function searchHow(index: SearchIndex, seconds: string): string {
  const parts = index.parts.length;
  const taken = index.parts.filter((part) => part.reused).length;
  const inParts = parts === 1 ? '' : ` in ${parts} parts`;
  if (taken === parts) return `${inParts} (unchanged, the last build's index)`;
  const reused = taken === 0 ? '' : `, ${taken} unchanged from the last build`;
  return `${inParts} (${seconds} s after the build${reused})`;
}

/**
 * A shard's folder holds its articles' pages, and the site-wide pages as every shard
 * renders them; `npm run merge-shards` (scripts/merge-shards.ts) adds the sitemaps, the
 * search index and `_headers`. The file it leaves says which shard this is.
 */
async function finishShard(staging: string, { index, count }: Shard) {
  await writeFile(join(staging, SHARD_FILE), `${JSON.stringify({ index, count })}\n`);
}
