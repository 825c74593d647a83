// The tree-based versions of htmlToPlainText and absolutizeHtml: a full HTML parse with
// parse5 through hast. The string versions (plain-text.ts, absolute-html.ts) fall back to
// them for what they do not handle themselves, and tests check them against each other.
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { toText } from 'hast-util-to-text';
import { visit } from 'unist-util-visit';

/** The readable text (hast-util-to-text), white space collapsed. */
export function plainTextByTree(html: string): string {
  return toText(fromHtml(html, { fragment: true }))
    .replace(/\s+/g, ' ')
    .trim();
}

/** The fragment with every href, src, poster and srcset resolved against `pageUrl`, written again whole. */
export function absolutizeByTree(html: string, pageUrl: string): string {
  const tree: Root = fromHtml(html, { fragment: true });
  visit(tree, 'element', (node: Element) => absolutizeElement(node, pageUrl));
  return toHtml(tree);
}

/** Resolves the element's href, src, poster and srcset against `pageUrl`, in place. */
export function absolutizeElement(element: Element, pageUrl: string): void {
  const resolve = (value: string) => {
    try {
      return new URL(value.trim(), pageUrl).href;
    } catch {
      return value;
    }
  };
  for (const name of ['href', 'src', 'poster'] as const) {
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
}
