import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { visit } from 'unist-util-visit';
import { gzipSync } from 'node:zlib';

/** Size after gzip at the level most servers and CDNs use (6). */
export const gzipSize = (bytes: Buffer | string) => gzipSync(bytes, { level: 6 }).length;

/** Script types a browser does not execute (data blocks). */
const DATA_SCRIPT = /^(application\/(ld\+)?json|speculationrules|importmap)$/i;

export interface PageAssets {
  /** `<script src>` URLs of executable scripts. */
  scripts: string[];
  /** Executable scripts that block parsing (classic, without async or defer). */
  blockingScripts: string[];
  /** `<link rel=stylesheet>` URLs. */
  stylesheets: string[];
  /** Inline `<style>` elements. */
  inlineStyles: number;
}

/** What a page loads, read from its HTML. */
export function pageAssets(html: string): PageAssets {
  const assets: PageAssets = { scripts: [], blockingScripts: [], stylesheets: [], inlineStyles: 0 };
  visit(fromHtml(html), 'element', (node: Element) => {
    const p = node.properties;
    if (node.tagName === 'style') assets.inlineStyles++;
    if (node.tagName === 'link' && Array.isArray(p.rel) && p.rel.includes('stylesheet')) {
      assets.stylesheets.push(String(p.href));
    }
    if (node.tagName !== 'script' || DATA_SCRIPT.test(String(p.type ?? ''))) return;
    const label = p.src ? String(p.src) : 'inline script';
    if (p.src) assets.scripts.push(label);
    const deferred = p.type === 'module' || p.async !== undefined || p.defer !== undefined;
    if (!deferred) assets.blockingScripts.push(label);
  });
  return assets;
}

/** Static imports inside a bundled module ("./x.js" next to it), which the browser fetches at once. */
export function staticImports(code: string): string[] {
  const found = new Set<string>();
  for (const m of code.matchAll(
    /(?:^|[;\s}])import\s*(?:[\w${},*\s]+from\s*)?["'](\.{1,2}\/[^"']+\.js)["']/g,
  )) {
    found.add(m[1]!);
  }
  return [...found];
}

/** URL of a built asset ("/base/_astro/x.css") to its file in dist/. */
export function fileOfUrl(distDir: string, url: string, base = '/'): string {
  const path = new URL(url, 'http://site.invalid/').pathname;
  return join(distDir, decodeURIComponent(path.startsWith(base) ? path.slice(base.length) : path));
}

export interface PageWeight {
  html: number;
  css: number;
  js: number;
  total: number;
}

/** Gzipped bytes of a built page with its stylesheets and scripts (and their static imports). */
export async function pageWeight(distDir: string, htmlFile: string, base = '/'): Promise<PageWeight> {
  const html = await readFile(htmlFile);
  const assets = pageAssets(html.toString('utf8'));
  let css = 0;
  for (const href of assets.stylesheets) css += gzipSize(await readFile(fileOfUrl(distDir, href, base)));
  const seen = new Set<string>();
  let js = 0;
  const queue = assets.scripts.map((src) => fileOfUrl(distDir, src, base));
  while (queue.length > 0) {
    const file = queue.shift()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const code = await readFile(file);
    js += gzipSize(code);
    for (const spec of staticImports(code.toString('utf8'))) queue.push(join(file, '..', spec));
  }
  const htmlSize = gzipSize(html);
  return { html: htmlSize, css, js, total: htmlSize + css + js };
}
