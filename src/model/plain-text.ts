import { decodeHTML } from 'entities';
import { looksLikeTag, tagsIn } from './html-tags.ts';
import { plainTextByTree } from './html-tree.ts';

/** Elements whose start and end read as a break between words (blocks and line breaks). */
const BREAKS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'br',
  'caption',
  'center',
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
  'ul',
  'xmp',
]);

/**
 * What the scanner leaves to the full parse (rare in news copy): tables (cells and rows are
 * parted only between each other), preformatted text (white space and bidi marks kept),
 * hidden elements and closed dialogs, and zero-width spaces (which swallow a line break).
 */
const LEFT_TO_THE_TREE = /<(?:table|pre|textarea|listing|plaintext|xmp|dialog)[\s>]|\shidden[\s=>/]|\u200B/i;

/** Bidi controls, which a browser does not show as text in normal white space. */
const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

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
 * The readable text of (already sanitized) HTML, white space collapsed: for JSON-LD and
 * search. The text hast-util-to-text finds (a browser's innerText), read without building a
 * tree for the common case: tags are skipped, blocks and line breaks part words, character
 * references are decoded. Anything else (see LEFT_TO_THE_TREE), or HTML the tag scanner does
 * not recognise, goes through the full parse (html-tree.ts).
 */
export function htmlToPlainText(html: string): string {
  if (LEFT_TO_THE_TREE.test(html)) return plainTextByTree(html);
  let text = '';
  let hidden = 0;
  let from = 0;
  for (const tag of tagsIn(html)) {
    const between = html.slice(from, tag.index);
    if (looksLikeTag(between)) return plainTextByTree(html);
    if (hidden === 0) text += decodeHTML(between);
    from = tag.index + tag[0].length;
    const name = tag[2]?.toLowerCase();
    if (!name) continue;
    if (NOT_RENDERED.has(name)) hidden = Math.max(0, hidden + (tag[1] ? -1 : 1));
    else if (BREAKS.has(name)) text += ' ';
  }
  const rest = html.slice(from);
  if (looksLikeTag(rest)) return plainTextByTree(html);
  if (hidden === 0) text += decodeHTML(rest);
  return text.replace(BIDI_CONTROLS, '').replace(/\s+/g, ' ').trim();
}
