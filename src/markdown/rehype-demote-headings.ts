import type { Root } from 'hast';
import { visit } from 'unist-util-visit';

/** Shifts body headings two levels down (h1 -> h3): the page has one h1 and update headlines are h2. */
export function rehypeDemoteHeadings() {
  return (tree: Root) => {
    visit(tree, 'element', (node) => {
      const level = /^h([1-6])$/.exec(node.tagName)?.[1];
      if (level) node.tagName = `h${Math.min(6, Number(level) + 2)}`;
    });
  };
}
