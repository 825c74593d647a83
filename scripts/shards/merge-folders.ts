// Putting the shards' folders together: every file of every shard, once.
import { copyFile, mkdir, readFile, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { mapInBatches } from '../../src/model/in-batches.ts';
import { listFiles } from '../site-files.ts';
import { SITEMAP_FILE } from './merge-sitemaps.ts';
import { SHARD_FILE } from './shard-option.ts';

/** Written again by merge-shards from all shards, not copied from one. */
const writtenByMerge = (file: string) =>
  file === SHARD_FILE || file === 'sitemap-index.xml' || SITEMAP_FILE.test(file);
const TEXT = /\.(html|css|js|mjs|json|xml|txt|webmanifest|svg)$/;
const ASSET = /_astro\/([^"'()\s,?#\\]+)/g;
/** Files copied at once. */
const BATCH = 64;

/**
 * Copies every file of `shards` (in shard order) into the empty folder `merged`. A file
 * two shards both have (the site-wide pages, shared scripts and styles) must be the same
 * in both, or the shards were built from different content or code: that throws.
 */
export async function mergeFolders(shards: readonly string[], merged: string): Promise<void> {
  const owner = new Map<string, string>();
  const assetsIn: Set<string>[] = [];
  for (const shard of shards) {
    const files = (await listFiles(shard)).filter((file) => !writtenByMerge(file));
    assetsIn.push(new Set(files.filter((file) => file.startsWith('_astro/'))));
    const fresh = files.filter((file) => !owner.has(file));
    for (const file of files.filter((f) => owner.has(f))) {
      const [a, b] = await Promise.all([readFile(join(owner.get(file)!, file)), readFile(join(shard, file))]);
      if (!a.equals(b))
        throw new Error(
          `${file} differs between ${owner.get(file)} and ${shard}: build every shard from the same commit and content.`,
        );
    }
    for (const file of fresh) owner.set(file, shard);
    await mapInBatches(fresh, BATCH, async (file) => {
      await mkdir(dirname(join(merged, file)), { recursive: true });
      await copyFile(join(shard, file), join(merged, file));
    });
  }
  // sitemap-index.xml and the sitemap file's head and tail come from shard 1 (merge-sitemaps.ts).
  for (const file of ['sitemap-0.xml', 'sitemap-index.xml'])
    await copyFile(join(shards[0]!, file), join(merged, file));
  await removeUnusedAssets(merged, [...owner.keys()], assetsIn);
}

/**
 * A shard does not render the other shards' articles, so Astro keeps the original of
 * each photo on them (it drops an original only when all its uses were resized), which
 * a whole build does not ship. Assets some shard lacks and no file of the merged site
 * names are left out.
 */
async function removeUnusedAssets(merged: string, files: readonly string[], assetsIn: Set<string>[]) {
  const candidates = files.filter(
    (file) => file.startsWith('_astro/') && assetsIn.some((set) => !set.has(file)),
  );
  if (candidates.length === 0) return;
  const named = new Set<string>();
  await mapInBatches(
    files.filter((file) => TEXT.test(file)),
    BATCH,
    async (file) => {
      for (const [, name] of (await readFile(join(merged, file), 'utf8')).matchAll(ASSET)) named.add(name!);
    },
  );
  for (const file of candidates) if (!named.has(file.slice('_astro/'.length))) await rm(join(merged, file));
}
