import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { ContentTree } from './read-content.ts';

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

/** The prefixes of what a killed build or publish may leave of the packs (for removeDeadStaging). */
export function deadPackPrefixes(dist: string): string[] {
  const name = basename(onlineDirFor(dist));
  return [`${name}-building-`, `${name}-old-`];
}

export function packOf(tree: ContentTree, slug: string): OnlinePack | undefined {
  const article = tree.articles.find((a) => a.slug === slug);
  if (!article) return undefined;
  const updates = tree.updates
    .filter((u) => u.article === slug)
    .map((u) => [u.fileName, u.text] as const)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return { index: article.text, updates: Object.fromEntries(updates) };
}

/** Writes the packs of `tree`'s articles that `include` takes into `dir`, each file whole (temporary name, then rename). */
export async function writePacks(
  dir: string,
  tree: ContentTree,
  include: (slug: string) => boolean,
): Promise<void> {
  await mkdir(dir, { recursive: true });
  for (const { slug } of tree.articles) {
    if (!include(slug)) continue;
    const file = join(dir, `${slug}.json`);
    await writeFile(`${file}.tmp`, JSON.stringify(packOf(tree, slug)));
    await rename(`${file}.tmp`, file);
  }
}

/** The pack of `slug` in `dir`, or undefined when there is none (a site built before packs existed). */
export async function readPack(dir: string, slug: string): Promise<OnlinePack | undefined> {
  const text = await readFile(join(dir, `${slug}.json`), 'utf8').catch(() => undefined);
  if (text === undefined) return undefined;
  const pack = JSON.parse(text) as Partial<OnlinePack>;
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
