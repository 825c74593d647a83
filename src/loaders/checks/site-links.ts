import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { decodeHTML } from 'entities';
import { closestMatches } from '../../model/closest.ts';
import { isSitePage, knownPaths, type SitePages } from '../../model/site-pages.ts';
import { tagSlug } from '../../model/tags.ts';
import type { CheckOptions } from '../check-content.ts';
import type { ContentProblem } from '../content-problem.ts';
import type { ContentTree } from '../read-content.ts';
import { bodyLinks } from './body-links.ts';

/** Links within the page (or to it): nothing to look up. */
const SAME_PAGE = /^(?:#|\?|$)/;
const ORIGIN = 'https://site.invalid';
/** Marks a path outside the base path (siteTarget), which no page has. */
const OUTSIDE = '\0';
/** The deploy's base path ("/" or "/news/"), as astro.config.mjs reads it. */
const basePath = () => `/${(process.env.BASE_PATH || '/').replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
const ARTICLE_PAGE = (slug: string) => `${ORIGIN}${basePath()}articles/${slug}/`;
/** "/articles/<slug>/" and "/articles/<slug>/#update-x": checked by update-links.ts. */
const ARTICLE_LINK = /^\/articles\/[^/?#]+\/?(?:index\.html)?(?:#.*)?$/;
/**
 * Only bodies that may link inside the site are parsed: a link or reference whose target
 * does not start with a scheme (most links in news text are https://), or a raw <a>.
 */
const MAY_LINK = /\](?:\(|:)\s*<?(?![a-z][a-z0-9+.-]*:)|<a\s/i;

/**
 * Every other link inside the site leads to a page the build writes: listings, topics,
 * authors, feeds, an article's older pages and permalinks, files in public/. A relative
 * link is read from the page showing the text: an article's introduction is on its own
 * page, but an update is shown on the article's page and on its permalink page (and later
 * on an older page), where the same relative link leads elsewhere: updates use site paths.
 */
export function checkSiteLinks(part: ContentTree, { scope }: CheckOptions): ContentProblem[] {
  const tree = scope?.whole ?? part;
  let pages: SitePages | undefined;
  const problems: ContentProblem[] = [];
  const sources = [
    ...part.articles.map((a) => ({ source: a, slug: a.slug, isUpdate: false })),
    ...part.updates.map((u) => ({ source: u, slug: u.article, isUpdate: true })),
  ];
  for (const { source, slug, isUpdate } of sources) {
    if (!MAY_LINK.test(source.body)) continue;
    for (const { url, line } of bodyLinks(source)) {
      const target = siteTarget(url, slug);
      if (!target || ARTICLE_LINK.test(url)) continue;
      pages ??= sitePagesOf(tree, source);
      const message = describeLink(url, target, isUpdate, pages);
      if (message) problems.push({ file: source.file, line, field: 'body', message });
    }
  }
  return problems;
}

/**
 * The path inside the site a link leads to from the article's page, read as a browser
 * reads it (character references, tabs in a scheme); undefined for other sites, other
 * schemes (mailto:, javascript:, which the sanitizer removes) and links within the page.
 */
function siteTarget(written: string, slug: string): string | undefined {
  const url = decodeHTML(written).trim();
  if (SAME_PAGE.test(url)) return undefined;
  let target: URL;
  try {
    target = new URL(url, ARTICLE_PAGE(slug));
  } catch {
    return undefined;
  }
  if (target.origin !== ORIGIN) return undefined;
  // Pages are looked up from the base path; a path outside it leads to no page of the site.
  const path = pathOf(target);
  const base = basePath();
  return path.startsWith(base) ? `/${path.slice(base.length)}` : `${OUTSIDE}${path}`;
}

function describeLink(url: string, path: string, isUpdate: boolean, pages: SitePages): string | undefined {
  // Paths are looked up from the base path, and shown as readers' browsers ask for them.
  const shown = (p: string) => `${basePath()}${p.slice(1)}`;
  if (path.startsWith(OUTSIDE)) {
    const inside = shown(path.slice(OUTSIDE.length));
    return `the link "${url}" leads outside the site, which is published under ${basePath()}; write ${inside}`;
  }
  const exists = isSitePage(path, pages);
  const nearest = (otherwise: string) => {
    const close = closestMatches(path, knownPaths(pages), 1);
    return close.length ? `did you mean ${shown(close[0]!)}?` : otherwise;
  };
  if (url.startsWith('/') || (!isUpdate && exists)) {
    if (exists) return undefined;
    const hint = nearest('check the address on the published site');
    return `the link "${url}" leads to ${shown(path)}, a page the site does not have; ${hint}`;
  }
  if (isUpdate) {
    const hint = exists
      ? `write "${shown(path)}"`
      : `e.g. ${shown('/articles/<slug>/')} or ${shown('/archive/')}`;
    return `the relative link "${url}" leads to different pages from the article's page and from the update's own page; write it from the site root: ${hint}`;
  }
  const hint = nearest(`write it from the site root, e.g. ${shown('/archive/')}`);
  return `the relative link "${url}" leads from this article's page to ${shown(path)}, a page the site does not have; ${hint}`;
}

function pathOf(url: URL): string {
  try {
    return decodeURIComponent(url.pathname);
  } catch {
    return url.pathname;
  }
}

/** What the site publishes; public/ is found from a file's path (its project root). */
function sitePagesOf(tree: ContentTree, source: { path: string; file: string }): SitePages {
  const root = source.path.slice(0, source.path.length - source.file.length);
  const ids = Map.groupBy(tree.updates, (u) => u.article);
  const withPhoto = new Set(tree.articles.filter((a) => a.data.photo).map((a) => a.slug));
  return {
    slugs: new Set(tree.articles.map((a) => a.slug)),
    updateIds: (slug) => (ids.get(slug) ?? []).map((u) => u.htmlId),
    hasPhoto: (slug) => withPhoto.has(slug),
    tags: new Set(tree.articles.flatMap((a) => (a.data.tags ?? []).map(tagSlug))),
    authors: new Set(tree.authors.map((a) => a.id)),
    files: publicFiles(join(root, 'public')),
  };
}

function publicFiles(dir: string): Set<string> {
  try {
    const names = readdirSync(dir, { recursive: true, withFileTypes: true });
    return new Set(
      names
        .filter((entry) => entry.isFile())
        .map((entry) =>
          join(entry.parentPath, entry.name)
            .slice(dir.length + 1)
            .split('\\')
            .join('/'),
        ),
    );
  } catch {
    return new Set();
  }
}
