import { site } from '../site.ts';
import { timeBounds } from '../model/time-bounds.ts';
import { isPublished, type VisibilityOptions } from '../model/visibility.ts';
import type { ArticleFile, ContentTree, UpdateFile } from './read-content.ts';

/**
 * The articles and updates that go into this build: drafts and updates scheduled
 * for later stay out of production builds (the dev preview shows them, marked).
 * An update of an article left out is left out too.
 */
export function selectPublished(
  tree: ContentTree,
  options: VisibilityOptions,
): { articles: ArticleFile[]; updates: UpdateFile[] } {
  const zones = new Map<string, string>();
  const articles = tree.articles.filter((a) => {
    const zone = a.data.timeZone ?? site.timeZone;
    zones.set(a.slug, zone);
    return isPublished(a.data, timeBounds(a.data.published, zone).earliest, options);
  });
  const kept = new Set(articles.map((a) => a.slug));
  const updates = tree.updates.filter(
    (u) =>
      kept.has(u.article) &&
      isPublished(u.data, timeBounds(u.data.time, zones.get(u.article)!).earliest, options),
  );
  return { articles, updates };
}
