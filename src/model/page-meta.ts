/** What a page tells search engines, social networks and feed readers about itself (see HeadMeta.astro). */
export interface PageMeta {
  /** `article` for an article page, `website` for everything else. */
  type?: 'website' | 'article';
  /** Social-card image; the site's default image when absent. Path relative to the base, or absolute URL. */
  image?: { src: string; width?: number; height?: number; alt: string };
  /** Article times as `<time datetime>` values (a date or a date-time with offset). */
  published?: string;
  modified?: string;
  tags?: readonly string[];
  /** Feeds of this page besides the site's own (e.g. a live article's updates). */
  feeds?: readonly Feed[];
  /** Keep the page out of search engines (404, search). */
  noindex?: boolean;
  /** The page's absolute canonical URL when it is not the page's own address. */
  canonical?: string;
}

export interface Feed {
  title: string;
  /** Path relative to the base. */
  path: string;
  type: 'application/rss+xml' | 'application/feed+json';
}
