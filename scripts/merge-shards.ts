// npm run merge-shards -- <shard folder> <shard folder> ...
// Puts together the folders of `npm run build -- --shard i/n` (one per shard, e.g. built on
// separate machines) into dist/ (or OUT_DIR): every shard's pages, then the sitemaps, the
// search index and `_headers` of the whole site. The result is the folder a single
// `npm run build` writes, file by file. Atomic as a build: on any error dist/ stays as it was.
import { existsSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { site } from '../src/site.ts';
import { writeFullSiteFiles } from './full-site-files.ts';
import { buildSearchIndex, partRecordsSetting } from './search-index.ts';
import { mergeFolders } from './shards/merge-folders.ts';
import { mergeSitemaps } from './shards/merge-sitemaps.ts';
import { SHARD_FILE } from './shards/shard-option.ts';
import { clearSiteLeftovers, replacedSiteRemoved, replaceSiteFolder, stagingFolder } from './site-files.ts';

const USAGE = 'Usage: npm run merge-shards -- <folder of shard 1> <folder of shard 2> ... (every shard once)';

const root = resolve(import.meta.dirname, '..');
const dist = resolve(root, process.env.OUT_DIR || 'dist');
const staging = stagingFolder(dist);

try {
  const shards = await shardsInOrder(process.argv.slice(2).map((arg) => resolve(arg)));
  const partRecords = partRecordsSetting();
  await clearSiteLeftovers(dist);
  const started = performance.now();
  await mergeFolders(shards, staging);
  const pages = await mergeSitemaps(staging, shards);
  const index = await buildSearchIndex(staging, site.lang, { into: join(staging, 'pagefind'), partRecords });
  await writeFullSiteFiles(staging, index);
  await replaceSiteFolder(staging, dist);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `${shards.length} shards merged into ${basename(dist)}/ in ${seconds} s: ${pages} pages in the sitemap, ` +
      `search index of ${index.pages} pages and ${index.updates} live updates.`,
  );
} catch (error) {
  await rm(staging, { recursive: true, force: true });
  await replacedSiteRemoved();
  console.error(`${(error as Error).message}\nNothing was merged; ${basename(dist)}/ was left unchanged.`);
  process.exit(1);
}

/** The shard folders ordered 1 to n, each checked to be one shard of the same n. */
async function shardsInOrder(folders: readonly string[]): Promise<string[]> {
  if (folders.length === 0) throw new Error(USAGE);
  const found = await Promise.all(folders.map(readShardFile));
  const count = found[0]!.count;
  const byIndex = new Map<number, string>();
  found.forEach(({ index, count: n }, i) => {
    if (n !== count) throw new Error(`${folders[i]} is shard ${index}/${n}, ${folders[0]} one of ${count}.`);
    if (byIndex.has(index))
      throw new Error(`${byIndex.get(index)} and ${folders[i]} are both shard ${index}.`);
    byIndex.set(index, folders[i]!);
  });
  const missing = Array.from({ length: count }, (_, i) => i + 1).filter((i) => !byIndex.has(i));
  if (missing.length > 0) throw new Error(`Shard ${missing.join(', ')} of ${count} is missing. ${USAGE}`);
  return [...byIndex].sort(([a], [b]) => a - b).map(([, folder]) => folder);
}

async function readShardFile(folder: string): Promise<{ index: number; count: number }> {
  const file = join(folder, SHARD_FILE);
  if (!existsSync(file))
    throw new Error(
      `${folder} is not the folder of a shard build (no ${SHARD_FILE}): npm run build -- --shard i/n writes one.`,
    );
  const shard = JSON.parse(await readFile(file, 'utf8')) as { index?: unknown; count?: unknown };
  if (!Number.isInteger(shard.index) || !Number.isInteger(shard.count))
    throw new Error(`${file} is not a shard file.`);
  return shard as { index: number; count: number };
}
