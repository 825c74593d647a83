/**
 * Absolute URLs under the deploy's site and base path. `base` is Astro's BASE_URL
 * ("/" or "/live-news/"); `path` is relative to it ("articles/x/").
 */
export function absoluteUrl(site: string | URL, base: string, path = ''): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  return new URL(`${root}${path.replace(/^\//, '')}`, site).href;
}

/** A site-relative link under the base path, for href and src attributes. */
export function sitePath(base: string, path = ''): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  return `${root}${path.replace(/^\//, '')}`;
}

/** Paths of the site's pages, relative to the base (the one place that spells them). */
export const paths = {
  article: (slug: string) => `articles/${slug}/`,
  update: (slug: string, id: string) => `articles/${slug}/#${id}`,
  articleRss: (slug: string) => `articles/${slug}/rss.xml`,
  articleJsonFeed: (slug: string) => `articles/${slug}/feed.json`,
  tag: (slug: string) => `tags/${slug}/`,
  tags: () => 'tags/',
  month: (year: string, month: string) => `archive/${year}/${month}/`,
  archive: () => 'archive/',
  search: () => 'search/',
  rss: () => 'rss.xml',
  jsonFeed: () => 'feed.json',
  sitemapIndex: () => 'sitemap-index.xml',
  newsSitemap: () => 'news-sitemap.xml',
} as const;
