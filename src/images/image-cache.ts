import { lstatSync, readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * The folder of cached cards and social images (beside astro:assets' photos in Astro's
 * cache folder). Every file in it is named by what it was made from (cachePath in
 * social-image.ts), so a changed headline or new drawing code makes a new file and leaves
 * the old one: sweepImageCache lets those go.
 */
export const imageCacheDir = (): string =>
  join(resolve(process.env.ASTRO_CACHE_DIR || 'node_modules/.astro'), 'social-images');

/**
 * An image not used by the build and not in a site is kept this long after it was made: a
 * publish running beside the build may have just made it for content newer than the build's.
 */
export const UNUSED_IMAGE_AGE_MS = 24 * 60 * 60 * 1000;

const KEY = Symbol.for('live-news.used-cache-images');

/** The cached images this process asked for. On globalThis: the pages bundle and the integrations are separate module graphs. */
function used(): Set<string> {
  const holder = globalThis as typeof globalThis & { [KEY]?: Set<string> };
  return (holder[KEY] ??= new Set());
}

/** Notes that this build needs the cached image at `path` (made already or not). */
export function noteImageUsed(path: string): void {
  used().add(path);
}

export interface SweepResult {
  removed: number;
  bytes: number;
  kept: number;
}

/**
 * After a full build of the whole site has replaced dist/: removes from `dir` each image the
 * build did not ask for (noteImageUsed), that no site holds (a card in dist/ is a hard link to
 * its cached file: more than one link), and that is older than UNUSED_IMAGE_AGE_MS, with
 * temporary files a killed process left. Such an image is one no page of the site shows any
 * more: an old headline's card, a card of a removed article, one drawn by older code. A card
 * of an article taken unchanged from the last site (src/data/reused-articles.ts) is still
 * linked and stays; that article's og.png or og.jpg, which Astro wrote as a copy, goes once
 * unused that long, and is made again if the article changes. Synchronous: a few thousand
 * small calls cost less than handing each to Node's thread pool.
 */
export function sweepImageCache(dir: string, now = Date.now()): SweepResult {
  const result: SweepResult = { removed: 0, bytes: 0, kept: 0 };
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return result; // no image made yet
  }
  const needed = used();
  for (const name of names) {
    const path = join(dir, name);
    if (needed.has(path)) {
      result.kept++;
      continue;
    }
    const stats = lstatSync(path, { throwIfNoEntry: false });
    // Gone already (another build's sweep), or not one of ours: left alone.
    if (!stats?.isFile()) continue;
    if (stats.nlink > 1 || now - stats.mtimeMs < UNUSED_IMAGE_AGE_MS) {
      result.kept++;
      continue;
    }
    rmSync(path, { force: true });
    result.removed++;
    result.bytes += stats.size;
  }
  return result;
}
