import sitemap from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';
import { existsSync, readFileSync } from 'node:fs';
import { readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { lookupLastmod } from '../model/sitemap-lastmod.ts';
import { articleRendered } from '../data/publish-scope.ts';
import { reusedArticles } from '../data/reused-articles.ts';

/** Written by src/pages/sitemap-lastmod.json.ts during the build; removed before anything ships. */
export const LASTMOD_FILE = 'sitemap-lastmod.json';

const NOINDEX = /<meta\s+name="robots"\s+content="[^"]*noindex/i;

/**
 * @astrojs/sitemap (sitemap-index.xml + sitemap-0.xml) with a lastmod per URL from
 * the content (never the build time), listing only HTML pages that do not ask to
 * stay out of search engines (404, search, redirects). When publishing one article,
 * the other articles' pages are taken from the live site's sitemap, unless
 * `otherArticles` is false; the same for the articles a full build takes unchanged.
 */
export function sitemapWithLastmod({ otherArticles = true } = {}): AstroIntegration[] {
  let scopes: Record<string, string> = {};
  let dir = '';
  let base = '/';
  /** Publishing one article: the other articles' pages, listed in the live site's sitemap. */
  const customPages: string[] = [];
  const keptPages = new Set<string>();
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
        const dist = keptPagesFrom(otherArticles);
        if (dist) {
          const listed = await listedPages(dist);
          // Without them the new sitemap would silently lose every other article.
          if (listed.length === 0) {
            throw new Error(
              `${dist} has no sitemap-<n>.xml to take the other articles' pages from; run "npm run build".`,
            );
          }
          const rendered = articleRendered();
          for (const url of listed) {
            const article = /^articles\/([^/]+)\//.exec(relative(url))?.[1];
            if (article && !rendered(article)) keptPages.add(url);
          }
          // One by one: a spread of a large archive's pages would overflow the call stack.
          for (const url of keptPages) customPages.push(url);
        }
      },
    },
  };
  const isIndexablePage = (url: string) => {
    if (keptPages.has(url)) return true;
    const page = join(relative(url), 'index.html');
    // The long-lived publisher does not render again a listing page the live site already
    // holds as it is (scripts/publisher/listing-pages.ts): that page is read from there.
    const dist = process.env.PUBLISH_DIST;
    const html = [join(dir, page), ...(dist ? [join(dist, page)] : [])].find((file) => existsSync(file));
    return html !== undefined && !NOINDEX.test(readFileSync(html, 'utf8'));
  };
  return [
    reader,
    sitemap({
      customPages,
      filter: isIndexablePage,
      serialize: (item) => {
        const lastmod = lookupLastmod(scopes, relative(item.url));
        return lastmod ? { ...item, lastmod } : item;
      },
      namespaces: { news: false, xhtml: false, image: false, video: false },
    }),
  ];
}

/**
 * The site whose sitemap lists pages this build did not render but keeps: the live site when
 * publishing one article (the long-lived publisher adds the other articles' entries itself:
 * otherArticles false), the replaced site when a full build took articles' pages from it
 * (src/data/reused-articles.ts).
 */
function keptPagesFrom(otherArticles: boolean): string | undefined {
  if (process.env.PUBLISH_ARTICLE) return otherArticles ? process.env.PUBLISH_DIST || undefined : undefined;
  return reusedArticles().slugs.size > 0 ? process.env.REPLACED_SITE || undefined : undefined;
}

/** The page URLs of a built site's sitemaps (sitemap-0.xml, sitemap-1.xml, ...). */
async function listedPages(dist: string): Promise<string[]> {
  const files = (await readdir(dist)).filter((name) => /^sitemap-\d+\.xml$/.test(name));
  const urls: string[] = [];
  for (const name of files) {
    const xml = await readFile(join(dist, name), 'utf8');
    for (const match of xml.matchAll(/<loc>([^<]*)<\/loc>/g)) urls.push(decodeXml(match[1]!));
  }
  return urls;
}

/** The order @astrojs/sitemap sorts its URLs in (`localeCompare(b, 'en', { numeric: true })`). */
export const sitemapOrder = new Intl.Collator('en', { numeric: true }).compare;
/** @astrojs/sitemap's default entryLimit: past it a build writes sitemap-1.xml, and so on. */
export const SITEMAP_ENTRY_LIMIT = 45_000;

const XML_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
export const decodeXml = (text: string) =>
  text.replace(/&(amp|lt|gt|quot|apos);/g, (_, name: string) => XML_ENTITIES[name]!);
