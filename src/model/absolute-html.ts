import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { looksLikeTag, tagPattern } from './html-tags.ts';
import { absolutizeByTree } from './html-tree.ts';

const URL_ATTRIBUTES = ['href', 'src', 'poster'] as const;
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
  // HTML the tag scanner does not recognise goes through the full parse.
  if (looksLikeTag(html.replace(tagPattern(), ''))) return absolutizeByTree(html, pageUrl);
  return html.replace(tagPattern(), (tag: string, close?: string) =>
    close === '' && HAS_URL.test(tag) ? absolutizeTag(tag, pageUrl) : tag,
  );
}

function absolutizeTag(tag: string, pageUrl: string): string {
  const element = fromHtml(tag, { fragment: true }).children[0];
  // A tag the parser drops out of its context (none holds an address today) stays as it was.
  if (element?.type !== 'element') return tag;
  const resolve = (value: string) => {
    try {
      return new URL(value.trim(), pageUrl).href;
    } catch {
      return value;
    }
  };
  for (const name of URL_ATTRIBUTES) {
    const value = element.properties[name];
    if (typeof value === 'string') element.properties[name] = resolve(value);
  }
  const srcset = element.properties.srcSet;
  if (typeof srcset === 'string' || Array.isArray(srcset)) {
    const candidates = Array.isArray(srcset) ? srcset.map(String) : srcset.split(',');
    element.properties.srcSet = candidates
      .map((candidate) => {
        const [url = '', ...descriptor] = candidate.trim().split(/\s+/);
        return [resolve(url), ...descriptor].join(' ');
      })
      .join(', ');
  }
  return startTagOf({ ...element, children: [] });
}

/** The start tag alone, as hast-util-to-html writes it. */
function startTagOf(element: Element): string {
  const html = toHtml(element);
  const end = `</${element.tagName}>`;
  return html.endsWith(end) ? html.slice(0, -end.length) : html;
}
