import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

const levelOf = (node: Element) => Number(/^h([1-6])$/.exec(node.tagName)?.[1] ?? 0);

/**
 * Renumbers body headings so the body's top level becomes h3: the page has one
 * h1 and update headlines are h2. Shifting relative to the shallowest heading
 * keeps the outline without gaps (a body that starts at `##` gets h3, not h4).
 */
export function rehypeDemoteHeadings() {
  return (tree: Root) => {
    const headings: Element[] = [];
    visit(tree, 'element', (node) => {
      if (levelOf(node)) headings.push(node);
    });
    if (headings.length === 0) return;
    const shift = Math.max(0, 3 - Math.min(...headings.map(levelOf)));
    for (const node of headings) node.tagName = `h${Math.min(6, levelOf(node) + shift)}`;
  };
}
