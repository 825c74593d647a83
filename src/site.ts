/**
 * Site-wide settings: the one place for defaults an article can override.
 * Values that change per deploy (site URL, base path) come from the environment
 * in astro.config.mjs instead.
 */
export const site = {
  /** Name of the publication, shown in the header and the page title. */
  name: 'Live News',
  /** Language of the pages (the `lang` attribute). */
  lang: 'en',
  /** Locale used to write dates and times, e.g. "24 March 2024, 15:30 CET". */
  locale: 'en-GB',
  /** Time zone for articles that do not name their own (an IANA name). */
  timeZone: 'Europe/Brussels',
} as const;
