import { stat } from 'node:fs/promises';
import { collectPhotoUses } from '../../src/loaders/photo-uses.ts';
import type { ContentTree } from '../../src/loaders/read-content.ts';

/**
 * Whether the article `slug` shows the same photos, the same way, in `after` as in
 * `before` (whose photos were opened and checked). Photos are astro:assets images:
 * a new one needs a build. Compares every field of each use but the photo file's
 * details, which `before` holds and `after` does not (its files were not opened).
 */
export function samePhotos(before: ContentTree, after: ContentTree, slug: string): boolean {
  const uses = collectPhotoUses({
    ...after,
    articles: after.articles.filter((a) => a.slug === slug),
    updates: after.updates.filter((u) => u.article === slug),
  }).uses;
  const known = before.photos.filter((photo) => photo.article === slug);
  const key = (use: object) => JSON.stringify({ ...use, info: undefined });
  return uses.length === known.length && uses.map(key).sort().join('\n') === known.map(key).sort().join('\n');
}

/** Size and modification time of each photo file `tree` shows, by path: a file replaced under the same name. */
export async function photoStamps(tree: ContentTree): Promise<Map<string, string>> {
  const paths = [...new Set(tree.photos.map((photo) => photo.path))];
  const stamps = await Promise.all(paths.map((path) => stamp(path)));
  return new Map(paths.map((path, i) => [path, stamps[i]!]));
}

/** Whether the photo files of article `slug` in `tree` are the ones `stamps` recorded. */
export async function samePhotoFiles(stamps: ReadonlyMap<string, string>, tree: ContentTree, slug: string) {
  const paths = new Set(tree.photos.filter((photo) => photo.article === slug).map((photo) => photo.path));
  for (const path of paths) if ((await stamp(path)) !== stamps.get(path)) return false;
  return true;
}

const stamp = async (path: string) => {
  const info = await stat(path).catch(() => undefined);
  return info ? `${info.size}:${info.mtimeMs}` : 'missing';
};
