import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { visit } from 'unist-util-visit';

const URL_ATTRIBUTES = ['href', 'src', 'poster'] as const;

/**
 * Makes every link and image address in an HTML fragment absolute, resolved against
 * the page it came from: feed readers show content away from the site. Works on our
 * own sanitized HTML; only URL attributes change.
 */
export function absolutizeHtml(html: string, pageUrl: string): string {
  const tree: Root = fromHtml(html, { fragment: true });
  const resolve = (value: string) => {
    try {
      return new URL(value.trim(), pageUrl).href;
    } catch {
      return value;
    }
  };
  visit(tree, 'element', (node: Element) => {
    for (const name of URL_ATTRIBUTES) {
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
