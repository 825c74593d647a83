/**
 * Update permalink pages are written from one page Astro renders with marks in
 * place of the values (src/pages/permalink-template.astro). The marks are plain
 * words, so Astro writes them unchanged in text and in attributes alike.
 */
export const PERMALINK_MARKS = {
  title: 'permalinkmarktitle',
  target: 'permalinkmarktarget',
  canonical: 'permalinkmarkcanonical',
} as const;

export interface PermalinkValues {
  title: string;
  target: string;
  canonical: string;
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
  const pattern = new RegExp(marks.map(([, mark]) => mark).join('|'), 'g');
  const field = new Map(marks.map(([name, mark]) => [mark, name]));
  // A function replacement: "$&" in a title stays as written.
  return (values) => template.replace(pattern, (mark) => escapeHtml(values[field.get(mark)!]));
}
