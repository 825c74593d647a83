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
