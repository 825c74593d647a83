import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { fileNameSlug } from '../model/update-id.ts';

const SANITIZE_PREFIX = 'user-content-';
const REFERENCE_PROPERTIES = ['ariaDescribedBy', 'ariaLabelledBy'] as const;

/**
 * "updates/2024-03-24 Expert.md" -> "2024-03-24-expert"; an article's index.md -> "article".
 * An update's scope is its id without "update-" (unique within the article: the content
 * check refuses two files with one id), and never "article", the introduction's.
 */
export function idScopeOf(path: string | undefined): string {
  if (!path) return '';
  const name = path.split(/[\\/]/).pop() ?? '';
  if (/^index\.md$/i.test(name)) return 'article';
  const slug = fileNameSlug(name);
  return slug === 'article' ? 'update-article' : slug;
}

/**
 * Makes ids from one body unique on a page that shows many bodies, and keeps
 * in-body links to them working after rehype-sanitize prefixes every id with
 * `user-content-`: footnotes (GFM) and heading anchors from two updates on one
 * page would otherwise collide, and their `#fn-1` links would point nowhere.
 * Ids are scoped by the Markdown file's name; only links and aria references
 * to ids of the same body are rewritten. Runs before rehype-sanitize.
 */
export function rehypeScopeIds() {
  return (tree: Root, file: VFile) => {
    const scope = idScopeOf(file.path);
    const ids = new Set<string>();
    visit(tree, 'element', (node) => {
      if (typeof node.properties.id === 'string') ids.add(node.properties.id);
    });
    if (ids.size === 0) return;
    const scoped = (id: string) => (scope ? `${scope}-${id}` : id);
    visit(tree, 'element', (node: Element) => {
      const { properties } = node;
      if (typeof properties.id === 'string') properties.id = scoped(properties.id);
      const href = properties.href;
      if (typeof href === 'string' && href.startsWith('#')) {
        const target = decodeFragment(href.slice(1));
        if (ids.has(target)) properties.href = `#${SANITIZE_PREFIX}${scoped(target)}`;
      }
      for (const name of REFERENCE_PROPERTIES) {
        const value = properties[name];
        if (Array.isArray(value))
          properties[name] = value.map((v) => (ids.has(String(v)) ? scoped(String(v)) : v));
        else if (typeof value === 'string' && ids.has(value)) properties[name] = [scoped(value)];
      }
    });
  };
}

function decodeFragment(fragment: string): string {
  try {
    return decodeURIComponent(fragment);
  } catch {
    return fragment;
  }
}
