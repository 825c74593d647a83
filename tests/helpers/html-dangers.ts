import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { isLocalImageSource } from '../../src/markdown/rehype-local-images.ts';

/** Elements that must never come out of a Markdown body. */
const FORBIDDEN_ELEMENTS = new Set([
  'script',
  'style',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'svg',
  'math',
  'form',
  'button',
  'textarea',
  'select',
  'meta',
  'base',
  'link',
  'noscript',
  'template',
  'video',
  'audio',
  'source',
  'track',
  'canvas',
  'isindex',
  'marquee',
  'dialog',
]);

/** Attributes (hast property names) that load, run, restyle or retarget, whatever their value. */
const FORBIDDEN_ATTRIBUTES = new Set([
  'style',
  'formAction',
  'action',
  'srcDoc',
  'srcSet',
  'poster',
  'background',
  'target',
  'httpEquiv',
  'xLinkHref',
]);

const URL_ATTRIBUTES = new Set(['href', 'src', 'cite', 'longDesc', 'action', 'formAction', 'poster', 'data']);

export const parseHtml = (html: string): Root => fromHtml(html, { fragment: true });

/** Browsers ignore whitespace and control characters inside a URL scheme. */
function isScriptUrl(value: string): boolean {
  const compact = [...value]
    .filter((c) => c.charCodeAt(0) > 0x20 && c.charCodeAt(0) !== 0x7f)
    .join('')
    .toLowerCase();
  return /^(javascript|vbscript|data|file):/.test(compact);
}

/**
 * Everything dangerous a browser would find in HTML rendered from Markdown, one
 * description each; empty when it is safe. Works on the parsed tree, so markup
 * that is only text (escaped, or inside an attribute value) is not mistaken for tags.
 */
export function dangersIn(tree: Root | Element): string[] {
  const found: string[] = [];
  visit(tree, 'element', (node: Element) => {
    if (FORBIDDEN_ELEMENTS.has(node.tagName)) found.push(`<${node.tagName}>`);
    for (const [name, value] of Object.entries(node.properties)) {
      if (/^on/i.test(name)) found.push(`${node.tagName} ${name}`);
      if (FORBIDDEN_ATTRIBUTES.has(name)) found.push(`${node.tagName} ${name}`);
      if (URL_ATTRIBUTES.has(name) && typeof value === 'string' && isScriptUrl(value)) {
        found.push(`${node.tagName} ${name}=${value}`);
      }
      if ((name === 'id' || name === 'name') && !String(value).startsWith('user-content-')) {
        found.push(`${node.tagName} ${name}=${String(value)} without the user-content- prefix`);
      }
    }
    const src = node.properties.src;
    if (node.tagName === 'img' && (typeof src !== 'string' || !isLocalImageSource(src))) {
      found.push(`img src=${String(src)} from another host`);
    }
  });
  return found;
}
