import { decodeHTML } from 'entities';
import { TAG } from './html-tags.ts';

/** Elements whose start and end read as a break between words (blocks, table parts, line breaks). */
const BREAKS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'br',
  'caption',
  'center',
  'col',
  'colgroup',
  'dd',
  'dialog',
  'dir',
  'div',
  'dl',
  'dt',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'html',
  'legend',
  'li',
  'listing',
  'main',
  'menu',
  'nav',
  'ol',
  'p',
  'plaintext',
  'pre',
  'section',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
  'xmp',
]);

/** Elements a browser does not render, text and all (ruby's fallback parentheses among them). */
const NOT_RENDERED = new Set([
  'datalist',
  'head',
  'noembed',
  'noframes',
  'noscript',
  'rp',
  'script',
  'style',
  'template',
  'title',
]);

/**
 * The readable text of (already sanitized) HTML, white space collapsed: for JSON-LD.
 * The text a browser shows (hast-util-to-text's innerText), without building a tree:
 * tags are skipped, blocks and line breaks part words, character references are decoded.
 */
export function htmlToPlainText(html: string): string {
  let text = '';
  let hidden = 0;
  let from = 0;
  for (const tag of html.matchAll(TAG)) {
    if (hidden === 0) text += decodeHTML(html.slice(from, tag.index));
    from = tag.index + tag[0].length;
    const name = tag[2]?.toLowerCase();
    if (!name) continue;
    if (NOT_RENDERED.has(name)) hidden = Math.max(0, hidden + (tag[1] ? -1 : 1));
    else if (BREAKS.has(name)) text += ' ';
  }
  if (hidden === 0) text += decodeHTML(html.slice(from));
  return text.replace(/\s+/g, ' ').trim();
}
