/**
 * Site-wide settings: the one place for defaults an article can override.
 * SITE_URL and BASE_PATH in the environment override the address for one build
 * (astro.config.mjs), e.g. for a staging deploy or a sub-folder.
 */
export const site = {
  /**
   * The public address readers use (scheme and host, no path): canonical links, feeds,
   * sitemaps, JSON-LD and social cards are absolute under it. The placeholder is this
   * computer's preview address; every build says so until it is set to the real one.
   */
  url: 'http://localhost:4321',
  /** Name of the publication, shown in the header and the page title. */
  name: 'Live News',
  /**
   * Default language of the pages (the `lang` attribute, feeds, structured data); an article
   * may set its own `lang` (src/i18n/ holds the interface words of each language).
   */
  lang: 'en',
  /** Locale used to write dates and times in the site's language, e.g. "24 March 2024, 15:30 CET". */
  locale: 'en-GB',
  /** Time zone for articles that do not name their own (an IANA name). */
  timeZone: 'Europe/Brussels',
  /**
   * How clock times are written in the site's language (other languages: 24-hour "14:15"): `hours` 24 ("14:19") or 12 ("2.19pm"), and the `separator`
   * between hours and minutes, ':' (BBC "14:19") or '.' (Guardian "14.19", "2.19pm").
   */
  clock: { hours: 24, separator: ':' },
  /** Live coverage: updates on each older page (the main page holds the newest rest). */
  livePageSize: 20,
  /** Live coverage: seconds between checks for new updates in open pages. */
  livePollSeconds: 30,
  /** One line about the publication: feeds, the front page's description. */
  description: 'Latest news and live coverage.',
  /** The publisher named in structured data; the logo is a file in public/ (square, at least 112 px). */
  publisher: { name: 'Live News', logo: { path: 'logo.png', width: 512, height: 512 } },
  /** Social-card image for pages without their own: a file in public/, 1200 × 630. */
  socialImage: { path: 'og-default.png', width: 1200, height: 630, alt: 'Live News' },
  /** Articles per page on the front page, topic pages and the archive. */
  listPageSize: 20,
  /**
   * Articles in the site-wide feeds (/rss.xml, /feed.json): the newest. Feed readers fetch
   * the whole file on every check, so it stays this size however large the archive grows.
   */
  feedSize: 50,
} as const;
