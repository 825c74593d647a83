import { site } from '../../site.ts';
import type { ArticleFile, ContentTree } from '../read-content.ts';

/** Each article's time zone by slug (its own, or the site's), for reading date-only times. */
export function zonesBySlug(tree: ContentTree): Map<string, string> {
  return new Map(tree.articles.map((a: ArticleFile) => [a.slug, a.data.timeZone ?? site.timeZone]));
}
