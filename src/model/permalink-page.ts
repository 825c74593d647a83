/**
 * Update permalink pages are written from one page Astro renders with marks in
 * place of the values (src/pages/permalink-template.astro). The marks are plain
 * words, so Astro writes them unchanged in text and in attributes alike.
 */
export const PERMALINK_MARKS = {
  title: 'permalinkmarktitle',
  description: 'permalinkmarkdescription',
  target: 'permalinkmarktarget',
  canonical: 'permalinkmarkcanonical',
  url: 'permalinkmarkurl',
  image: 'permalinkmarkimage',
  imageAlt: 'permalinkmarkalt',
  published: 'permalinkmarkpublished',
  time: 'permalinkmarktime',
  articleTitle: 'permalinkmarkarticle',
  lang: 'permalinkmarklang',
  dir: 'permalinkmarkdir',
  ogLocale: 'permalinkmarkoglocale',
  readInLive: 'permalinkmarkreadinlive',
} as const;

/** What an update's share page says; every value is escaped as it is filled in. */
export interface PermalinkValues {
  /** The update's headline, or its first sentence (og:title, the page's h1). */
  title: string;
  description: string;
  /** Where the update is now: its page plus `#<update id>` (the meta refresh and the link). */
  target: string;
  /** Absolute URL of the article page holding the update. */
  canonical: string;
  /** Absolute URL of the permalink page itself (og:url, so networks keep this page's card). */
  url: string;
  /** The card: path relative to the base, the update's own og.png (og.jpg over a photo) or the article's. */
  image: string;
  imageAlt: string;
  /** The update's `<time datetime>` value. */
  published: string;
  /** The update's time as readers see it. */
  time: string;
  articleTitle: string;
  /** The article's language: the page's `lang` and `dir`, og:locale ("ar", "en_GB"). */
  lang: string;
  // A string, not 'ltr' | 'rtl': the template is rendered with a mark in its place.
  dir: string;
  ogLocale: string;
  /** The link to the update in the live page, in the article's language. */
  readInLive: string;
}

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escaped for HTML text and for double- or single-quoted attribute values alike. */
export const escapeHtml = (value: string) => value.replace(/[&<>"']/g, (c) => ENTITIES[c]!);

/**
 * Checks the rendered template once and returns the function that fills it in.
 * Throws when the template does not hold every mark (a changed component would
 * otherwise ship pages with marks in them).
 */
export function permalinkPageFiller(template: string): (values: PermalinkValues) => string {
  const marks = Object.entries(PERMALINK_MARKS) as [keyof PermalinkValues, string][];
  for (const [, mark] of marks) {
    if (!template.includes(mark)) throw new Error(`The permalink template lacks the mark "${mark}".`);
  }
  // Longest first, so no mark is taken for a shorter one it starts with.
  const sorted = marks.map(([, mark]) => mark).sort((a, b) => b.length - a.length);
  const pattern = new RegExp(sorted.join('|'), 'g');
  const field = new Map(marks.map(([name, mark]) => [mark, name]));
  // A function replacement: "$&" in a title stays as written.
  return (values) => template.replace(pattern, (mark) => escapeHtml(values[field.get(mark)!]));
}
