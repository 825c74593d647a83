import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';

/** The readable text of (already sanitized) HTML, white space collapsed: for JSON-LD and search. */
export function htmlToPlainText(html: string): string {
  return toText(fromHtml(html, { fragment: true }))
    .replace(/\s+/g, ' ')
    .trim();
}
