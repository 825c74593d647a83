import type { Root } from 'hast';
import { visit, SKIP } from 'unist-util-visit';

/** True for a path inside the site: relative ("photo.jpg", "./a/b.png") or rooted ("/images/x.png"). */
export function isLocalImageSource(src: string): boolean {
  const value = src.trim();
  if (value === '' || value.startsWith('//') || value.startsWith('\\')) return false;
  return !/^[a-z][a-z0-9+.-]*:/i.test(value);
}

/**
 * Removes images that would load from another host (tracking pixels, hotlinks):
 * a protocol-relative `//host/x.gif` has no protocol for the sanitizer to reject.
 */
export function rehypeLocalImages() {
  return (tree: Root) => {
    visit(tree, 'element', (node, index, parent) => {
      if (node.tagName !== 'img' || !parent || index === undefined) return;
      const src = node.properties?.src;
      if (typeof src === 'string' && isLocalImageSource(src)) return;
      parent.children.splice(index, 1);
      return [SKIP, index];
    });
  };
}
