/**
 * Google News sitemap: articles published within the last two days. The sitemap is
 * not a page, so it may depend on the build time, but "now" is passed in (see
 * newsSitemapNow in src/data/news-now.ts) so tests and rebuilds can pin it.
 */
export const NEWS_WINDOW_MS = 2 * 24 * 60 * 60 * 1000;

export interface NewsEntry {
  /** Absolute URL of the article. */
  url: string;
  title: string;
  /** W3C date or date-time as the editor wrote it. */
  published: string;
  /** The article's language when it is not the publication's ("nl", "ar"). */
  language?: string;
}

/** Articles published in (now - window, now]; future-dated ones are left out until their time. */
export function selectRecent<T extends { published: { epochMs: number } }>(
  articles: readonly T[],
  nowMs: number,
  windowMs = NEWS_WINDOW_MS,
): T[] {
  return articles.filter((a) => a.published.epochMs <= nowMs && a.published.epochMs > nowMs - windowMs);
}

/**
 * The sitemap protocol's schema requires at least one <url>: with nothing recent, the
 * file lists `homeUrl` alone, without a news entry (so it claims no news), and stays valid.
 */
export function renderNewsSitemap(
  entries: readonly NewsEntry[],
  publication: { name: string; language: string },
  homeUrl: string,
): string {
  const urls = entries.map(
    (entry) => `  <url>
    <loc>${escapeXml(entry.url)}</loc>
    <news:news>
      <news:publication>
        <news:name>${escapeXml(publication.name)}</news:name>
        <news:language>${escapeXml(entry.language ?? publication.language)}</news:language>
      </news:publication>
      <news:publication_date>${escapeXml(entry.published)}</news:publication_date>
      <news:title>${escapeXml(entry.title)}</news:title>
    </news:news>
  </url>
`,
  );
  if (urls.length === 0) urls.push(`  <url>\n    <loc>${escapeXml(homeUrl)}</loc>\n  </url>\n`);
  return `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
${urls.join('')}</urlset>
`;
}

/** Escapes text for XML content and attributes, and drops characters XML 1.0 forbids. */
export function escapeXml(text: string): string {
  return text
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/[&<>"']/g, (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": 'apos' }[c]};`);
}
