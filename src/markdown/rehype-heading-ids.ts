import type { Element, Root } from 'hast';
import GithubSlugger from 'github-slugger';
import { visit } from 'unist-util-visit';

function textOf(node: Element): string {
  let text = '';
  visit(node, 'text', (child) => {
    text += child.value;
  });
  return text;
}

/**
 * Gives body headings ids before sanitizing, so the sanitizer prefixes them with
 * `user-content-` like every other id from content; Astro's own heading ids run
 * after all plugins and would otherwise be unprefixed and could clash with the page's.
 */
export function rehypeHeadingIds() {
  return (tree: Root) => {
    const slugger = new GithubSlugger();
    visit(tree, 'element', (node) => {
      if (!/^h[1-6]$/.test(node.tagName) || node.properties.id) return;
      node.properties.id = slugger.slug(textOf(node)) || 'section';
    });
  };
}
