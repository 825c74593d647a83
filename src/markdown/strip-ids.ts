import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { visit } from 'unist-util-visit';

/**
 * Removes every `id` (and `name` on anchors) from an HTML fragment, for a second
 * copy of content already on the page (the pinned update): ids must stay unique.
 * The input is our own sanitized output; nothing is added, only attributes removed.
 */
export function stripIds(html: string): string {
  const tree: Root = fromHtml(html, { fragment: true });
  visit(tree, 'element', (node: Element) => {
    delete node.properties.id;
    if (node.tagName === 'a') delete node.properties.name;
  });
  return toHtml(tree);
}
