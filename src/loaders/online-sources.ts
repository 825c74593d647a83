import { link, mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { ArticleFile, ContentTree, UpdateFile } from './read-content.ts';

/**
 * What an article's pages online were built from: the text of its index.md and of each
 * update file, as they were read for the build or publish that wrote those pages.
 *
 * Publishing one article renders the site-wide pages again (front page, listings, feeds,
 * sitemaps), and they show every other article. Read from content/, those would show
 * another article's edits that nobody has published yet (a new headline, a changed
 * update): publishing A must not publish B's work. So each build and publish keeps the
 * sources of the articles whose pages it wrote, beside the site folder (never inside it:
 * it is not for readers), and a publish reads every other article from there.
 */
export interface OnlinePack {
  index: string;
  /** By file name in updates/. */
  updates: Record<string, string>;
  /**
   * Written by a full build only: what else its pages were built from (src/loaders/reuse-stamps.ts).
   * A pack without it (a publish's, a shard's) never lets the next build take the pages.
   */
  built?: string;
}

/** `.dist-online/` beside `dist/`: git-ignored with the other `.dist-*` folders. */
export function onlineDirFor(dist: string): string {
  return join(dirname(dist), `.${basename(dist)}-online`);
}

let staged = 0;

/**
 * Where a build or publish into `dist` writes the packs it makes until its pages are online:
 * `.dist-online-building-<pid>-<n>`, removed by the next build when that process is gone.
 */
export function stagedPacksFor(dist: string): string {
  return `${onlineDirFor(dist)}-building-${process.pid}-${++staged}`;
}

/** The packs online that a staged folder (stagedPacksFor) will replace or add to. */
export function onlineDirOfStaged(staged: string): string {
  return staged.replace(/-building-\d+-\d+$/, '');
}

/** The prefixes of what a killed build or publish may leave of the packs (for removeDeadStaging). */
export function deadPackPrefixes(dist: string): string[] {
  const name = basename(onlineDirFor(dist));
  return [`${name}-building-`, `${name}-old-`];
}

/** The pack of one article, from its index.md and its update files (in any order). */
function packOf(article: ArticleFile, updates: readonly UpdateFile[], built?: string): OnlinePack {
  const texts = updates
    .map((u) => [u.fileName, u.text] as const)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return { index: article.text, updates: Object.fromEntries(texts), built };
}

/**
 * Writes the packs of `tree`'s articles that `include` takes into `dir`, each file whole
 * (temporary name, then rename). A pack the same as in `online` (the packs now online) is
 * linked to that file instead of written again: a full build of a large archive changes
 * few of them. Nothing ever writes into a pack file (replaced by rename), so a link is safe.
 * `built` gives each pack's stamp (a full build's, src/loaders/reuse-stamps.ts). Gives the
 * articles whose pack was the same as the one online.
 */
export async function writePacks(
  dir: string,
  tree: ContentTree,
  include: (slug: string) => boolean,
  online?: string,
  built?: (slug: string) => string,
): Promise<Set<string>> {
  const same = new Set<string>();
  await mkdir(dir, { recursive: true });
  // Grouped in one pass: a search of the whole list for each article's updates is quadratic
  // (0.2 s at 500 articles x 40 updates, 4 s at 2,000, minutes at 10,000).
  const updatesOf = Map.groupBy(
    tree.updates.filter((u) => include(u.article)),
    (u) => u.article,
  );
  for (const article of tree.articles) {
    if (!include(article.slug)) continue;
    const file = join(dir, `${article.slug}.json`);
    const text = JSON.stringify(packOf(article, updatesOf.get(article.slug) ?? [], built?.(article.slug)));
    if (online !== undefined && (await linkSame(join(online, `${article.slug}.json`), text, file))) {
      same.add(article.slug);
      continue;
    }
    await writeFile(`${file}.tmp`, text);
    await rename(`${file}.tmp`, file);
  }
  return same;
}

/** Links `file` to `existing` when that holds `text`; says whether it did. */
async function linkSame(existing: string, text: string, file: string): Promise<boolean> {
  const old = await readFile(existing, 'utf8').catch(() => undefined);
  if (old !== text) return false;
  return link(existing, file).then(
    () => true,
    () => false,
  );
}

export class DamagedPackError extends Error {
  override name = 'DamagedPackError';
}

/** The pack of `slug` in `dir`, or undefined when there is none (a site built before packs existed). */
export async function readPack(dir: string, slug: string): Promise<OnlinePack | undefined> {
  const file = join(dir, `${slug}.json`);
  const text = await readFile(file, 'utf8').catch(() => undefined);
  if (text === undefined) return undefined;
  let pack: Partial<OnlinePack>;
  try {
    pack = JSON.parse(text) as Partial<OnlinePack>;
  } catch (error) {
    // Falling back to content/ would publish this article's unpublished edits: stop instead.
    throw new DamagedPackError(
      `${file} is damaged (${(error as Error).message}). It holds the sources of the pages of ` +
        `"${slug}" that are online, which a publish of another article shows. Nothing was published. ` +
        'Run "npm run build" to build the whole site from content/, which writes this file anew.',
    );
  }
  return typeof pack.index === 'string' && pack.updates ? (pack as OnlinePack) : undefined;
}

/**
 * Once the pages are online, their packs are too: a full build's replace the whole
 * folder (an article deleted since has none), a publish's are added to it.
 */
export async function commitPacks(staged: string, dir: string, whole: boolean): Promise<void> {
  const names = await readdir(staged).catch(() => undefined);
  if (names === undefined) return;
  if (whole) {
    const old = `${dir}-old-${process.pid}`;
    await rename(dir, old).catch(() => undefined);
    await rename(staged, dir);
    await rm(old, { recursive: true, force: true });
    return;
  }
  await mkdir(dir, { recursive: true });
  for (const name of names) await rename(join(staged, name), join(dir, name));
  await rm(staged, { recursive: true, force: true });
}
