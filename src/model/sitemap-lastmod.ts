import { tagSlug } from './tags.ts';

/** What the lastmod of listing and article pages depends on. */
export interface LastmodSource {
  slug: string;
  tags: readonly string[];
  /** Calendar day in the article's zone, "2024-03-24": gives its archive month. */
  published: { day: string };
  lastModified: { epochMs: number };
}

/**
 * The latest real change under each part of the site, keyed by path relative to the
 * base ("" = the whole site, "articles/<slug>/", "tags/<slug>/", "archive/2024/03/").
 * A page's lastmod is that of the longest key its path starts with: a listing page
 * (and each of its numbered pages) changes whenever one of its articles does.
 */
export function lastmodScopes(articles: readonly LastmodSource[]): Record<string, string> {
  const latest = new Map<string, number>();
  const bump = (key: string, epochMs: number) =>
    latest.set(key, Math.max(latest.get(key) ?? -Infinity, epochMs));
  for (const article of articles) {
    const at = article.lastModified.epochMs;
    const [year, month] = article.published.day.split('-');
    bump('', at);
    bump(`articles/${article.slug}/`, at);
    bump(`archive/${year}/${month}/`, at);
    if (article.tags.length > 0) bump('tags/', at);
    for (const tag of article.tags) bump(`tags/${tagSlug(tag)}/`, at);
  }
  return Object.fromEntries([...latest].map(([key, ms]) => [key, new Date(ms).toISOString()]));
}

/**
 * The lastmod of a page from its path relative to the base; undefined when nothing was
 * published. Scope keys are "" or end with "/" (lastmodScopes): the longest one the path
 * starts with is found by trying the path's own prefixes that end with "/", longest first.
 */
export function lookupLastmod(scopes: Readonly<Record<string, string>>, path: string): string | undefined {
  for (let end = path.length; end >= 0; end--) {
    if (end > 0 && path[end - 1] !== '/') continue;
    const key = path.slice(0, end);
    if (Object.hasOwn(scopes, key)) return scopes[key];
  }
  return undefined;
}
