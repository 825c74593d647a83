import sitemap from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';
import { existsSync, readFileSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { lookupLastmod } from '../model/sitemap-lastmod.ts';

/** Written by src/pages/sitemap-lastmod.json.ts during the build; removed before anything ships. */
export const LASTMOD_FILE = 'sitemap-lastmod.json';

const NOINDEX = /<meta\s+name="robots"\s+content="[^"]*noindex/i;

/**
 * @astrojs/sitemap (sitemap-index.xml + sitemap-0.xml) with a lastmod per URL from
 * the content (never the build time), listing only HTML pages that do not ask to
 * stay out of search engines (404, search, redirects).
 */
export function sitemapWithLastmod(): AstroIntegration[] {
  let scopes: Record<string, string> = {};
  let dir = '';
  let base = '/';
  const relative = (url: string) => decodeURI(new URL(url).pathname).slice(base.length);
  const reader: AstroIntegration = {
    name: 'live-news:sitemap-lastmod',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      // Runs before @astrojs/sitemap's own build:done hook (integrations run in order).
      'astro:build:done': async ({ dir: out }) => {
        dir = fileURLToPath(out);
        const file = join(dir, LASTMOD_FILE);
        scopes = JSON.parse(await readFile(file, 'utf8')) as Record<string, string>;
        await rm(file);
      },
    },
  };
  const isIndexablePage = (url: string) => {
    const html = join(dir, relative(url), 'index.html');
    return existsSync(html) && !NOINDEX.test(readFileSync(html, 'utf8'));
  };
  return [
    reader,
    sitemap({
      filter: isIndexablePage,
      serialize: (item) => {
        const lastmod = lookupLastmod(scopes, relative(item.url));
        return lastmod ? { ...item, lastmod } : item;
      },
      namespaces: { news: false, xhtml: false, image: false, video: false },
    }),
  ];
}
