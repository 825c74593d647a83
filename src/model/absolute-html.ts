import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { looksLikeTag, tagPattern } from './html-tags.ts';
import { absolutizeByTree, absolutizeElement } from './html-tree.ts';

/** A start tag that may hold an address: only these are parsed and written again. */
const HAS_URL = /\s(?:href|src|poster|srcset)\s*=/i;

/**
 * Makes every link and image address in an HTML fragment absolute, resolved against
 * the page it came from: feed readers show content away from the site. Works on our
 * own sanitized HTML; only URL attributes change, and only the start tags holding one
 * are parsed (hast) and written again, the rest of the text is kept as it is (the tree
 * version, html-tree.ts, writes the whole fragment again: the same document once parsed).
 */
export function absolutizeHtml(html: string, pageUrl: string): string {
  let from = 0;
  let unrecognised = false;
  const out = html.replace(tagPattern(), (tag: string, close: string | undefined, ...rest: unknown[]) => {
    const offset = rest.at(-2) as number;
    if (looksLikeTag(html.slice(from, offset))) unrecognised = true;
    from = offset + tag.length;
    return close === '' && HAS_URL.test(tag) ? absolutizeTag(tag, pageUrl) : tag;
  });
  // HTML the tag scanner does not recognise goes through the full parse.
  return unrecognised || looksLikeTag(html.slice(from)) ? absolutizeByTree(html, pageUrl) : out;
}

function absolutizeTag(tag: string, pageUrl: string): string {
  const element = fromHtml(tag, { fragment: true }).children[0];
  // A tag the parser drops out of its context (none holds an address today) stays as it was.
  if (element?.type !== 'element') return tag;
  absolutizeElement(element, pageUrl);
  return startTagOf({ ...element, children: [] });
}

/** The start tag alone, as hast-util-to-html writes it. */
function startTagOf(element: Element): string {
  const html = toHtml(element);
  const end = `</${element.tagName}>`;
  return html.endsWith(end) ? html.slice(0, -end.length) : html;
}
