import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';

/** Attributes whose value is a URL the browser may load or navigate to. */
const URL_ATTRIBUTES = [
  'href',
  'src',
  'srcSet',
  'action',
  'formAction',
  'poster',
  'background',
  'data',
  'cite',
  'longDesc',
  'ping',
  'xLinkHref',
  'codeBase',
  'manifest',
];

/** Elements no page of the site should contain: each loads, runs or redirects something. */
const FORBIDDEN_ELEMENTS = new Set([
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'base',
  'style',
  'animate',
  'set',
  'animatemotion',
  'animatetransform',
  'foreignobject',
  'isindex',
  'keygen',
  'plaintext',
  'xmp',
]);

/** Names that, given to an element as id or name, would shadow a document or window property. */
export const CLOBBER_NAMES = [
  '__xss',
  'getElementById',
  'attributes',
  'defaultView',
  'cookie',
  'body',
  'documentElement',
  'test',
];

/** Browsers drop ASCII tabs and newlines inside URLs, and leading control characters and spaces. */
function urlScheme(value: string): string {
  // eslint-disable-next-line no-control-regex
  const cleaned = value.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+/, '');
  return /^([a-z][a-z0-9+.-]*):/i.exec(cleaned)?.[1]?.toLowerCase() ?? '';
}

const SAFE_SCHEMES = new Set(['', 'http', 'https', 'mailto', 'tel']);

/**
 * Problems in an HTML document or fragment that would let content run script,
 * load from elsewhere without a link click, or clobber the DOM. `ownScript`
 * says which script elements are the site's own (bundled files, JSON-LD).
 */
export function findUnsafeMarkup(html: string, ownScript: (el: Element) => boolean = () => false): string[] {
  const tree: Root = fromHtml(html);
  const problems: string[] = [];
  const ids = new Map<string, number>();
  visit(tree, 'element', (node: Element) => {
    const tag = node.tagName.toLowerCase();
    const p = node.properties;
    if (tag === 'script' && !ownScript(node)) problems.push(`<script> ${JSON.stringify(p)}`);
    if (FORBIDDEN_ELEMENTS.has(tag)) problems.push(`<${tag}>`);
    if (tag === 'meta' && /refresh/i.test(String(p.httpEquiv ?? ''))) {
      // The site's own redirect pages point at a path on the site; anything else is content getting through.
      const target = /url\s*=\s*['"]?([^'"]*)/i.exec(String(p.content ?? ''))?.[1] ?? '';
      if (!/^\/(?!\/)/.test(target.trim())) problems.push(`<meta http-equiv=refresh> to "${target}"`);
    }
    if (tag === 'link' && /import|stylesheet|preload/i.test(String(p.rel ?? '')) && !ownScript(node)) {
      problems.push(`<link rel=${String(p.rel)}>`);
    }
    for (const [name, value] of Object.entries(p)) {
      if (/^on/i.test(name)) problems.push(`${name} attribute on <${tag}>`);
      if (name === 'style') problems.push(`style attribute on <${tag}>`);
      if (name === 'srcDoc') problems.push(`srcdoc on <${tag}>`);
      if (!URL_ATTRIBUTES.includes(name)) continue;
      for (const url of Array.isArray(value) ? value.map(String) : String(value).split(',')) {
        const scheme = urlScheme(String(url).trim());
        if (!SAFE_SCHEMES.has(scheme)) problems.push(`${name}="${String(value)}" (${scheme}:) on <${tag}>`);
      }
    }
    for (const key of ['id', 'name'] as const) {
      const value = p[key];
      if (typeof value !== 'string' || tag === 'meta') continue;
      if (CLOBBER_NAMES.includes(value)) problems.push(`${key}="${value}" on <${tag}> clobbers the DOM`);
      if (key === 'id') ids.set(value, (ids.get(value) ?? 0) + 1);
    }
  });
  // Content ids carry the sanitizer's prefix; an unprefixed id seen twice means content took a site id.
  for (const [id, count] of ids) {
    if (count > 1 && !id.startsWith('user-content-')) problems.push(`id="${id}" appears ${count} times`);
  }
  return problems;
}

/** Problems in the text of a `<script type="application/ld+json">`: it must stay one JSON value. */
export function findUnsafeJsonLd(text: string): string[] {
  const problems: string[] = [];
  if (/<\/script|<!--/i.test(text)) problems.push('JSON-LD contains </script or <!--');
  try {
    JSON.parse(text);
  } catch (error) {
    problems.push(`JSON-LD does not parse: ${(error as Error).message}`);
  }
  return problems;
}
