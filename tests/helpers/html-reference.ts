// The tree-based versions of htmlToPlainText and absolutizeHtml (a full HTML parse with
// parse5 through hast), kept as the reference the fast string versions are checked against.
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { toText } from 'hast-util-to-text';
import { visit } from 'unist-util-visit';

export function referencePlainText(html: string): string {
  return toText(fromHtml(html, { fragment: true }))
    .replace(/\s+/g, ' ')
    .trim();
}

export function referenceAbsoluteHtml(html: string, pageUrl: string): string {
  const tree: Root = fromHtml(html, { fragment: true });
  const resolve = (value: string) => {
    try {
      return new URL(value.trim(), pageUrl).href;
    } catch {
      return value;
    }
  };
  visit(tree, 'element', (node: Element) => {
    for (const name of ['href', 'src', 'poster'] as const) {
      const value = node.properties[name];
      if (typeof value === 'string') node.properties[name] = resolve(value);
    }
    const srcset = node.properties.srcSet;
    if (typeof srcset === 'string' || Array.isArray(srcset)) {
      const candidates = Array.isArray(srcset) ? srcset.map(String) : srcset.split(',');
      node.properties.srcSet = candidates
        .map((candidate) => {
          const [url = '', ...descriptor] = candidate.trim().split(/\s+/);
          return [resolve(url), ...descriptor].join(' ');
        })
        .join(', ');
    }
  });
  return toHtml(tree);
}
