import type { AstroIntegration } from 'astro';
import { readFile } from 'node:fs/promises';
import { extname, join, relative, sep } from 'node:path';

/**
 * The article a page belongs to, from its path ("articles/<slug>/..." after the
 * base path), or undefined for pages about the whole site (front page,
 * listings, feeds, sitemaps).
 */
export function articleOfPath(pathname: string, base: string): string | undefined {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const path = pathname.startsWith(prefix) ? pathname.slice(prefix.length) : pathname.replace(/^\//, '');
  return /^articles\/([^/]+)(?:\/|$)/.exec(path)?.[1];
}

/** Where a page of the given path was written in the last build, relative to dist/. */
export function builtFileOf(pathname: string, base: string, isPage: boolean): string {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const path = decodeURI(
    pathname.startsWith(prefix) ? pathname.slice(prefix.length) : pathname.replace(/^\//, ''),
  );
  return isPage ? `${path.replace(/\/?$/, '/')}index.html`.replace(/^\//, '') : path;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.json': 'application/json',
  '.xml': 'application/xml',
};

/**
 * Restricts a build to what publishing one article can change: that article's
 * own pages and every page not tied to a single article are rendered. Other
 * articles' pages did not change, so their last built file (in `dist`) is served
 * back instead of rendering them: the restricted build's output is then the
 * whole site, byte-identical to a full build, and whatever reads all pages
 * afterwards (sitemap, search index) sees every page as it is. `served` collects
 * the files served back (relative to dist/), which the merge need not compare.
 */
export function publishScope(slug: string, dist: string, served = new Set<string>()): AstroIntegration {
  let base = '/';
  return {
    name: 'live-news:publish-scope',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:start': ({ setPrerenderer }) => {
        setPrerenderer((defaults) => ({
          ...defaults,
          render: async (request, options) => {
            const { pathname } = new URL(request.url);
            const article = articleOfPath(pathname, base);
            if (article !== undefined && article !== slug) {
              const file = join(dist, builtFileOf(pathname, base, options.routeData.type === 'page'));
              const body = await readFile(file).catch(() => undefined);
              // Never built before (a new article): render it like any other page.
              if (body) {
                served.add(relative(dist, file).split(sep).join('/'));
                const type = TYPES[extname(file)] ?? 'application/octet-stream';
                return new Response(body, { headers: { 'content-type': type } });
              }
            }
            return defaults.render(request, options);
          },
        }));
      },
    },
  };
}
