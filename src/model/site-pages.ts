import { cardExtension } from './social-image.ts';

/** What the site publishes, enough to tell whether a path inside it names a page. */
export interface SitePages {
  slugs: ReadonlySet<string>;
  /** Update ids ("update-...") of an article. */
  updateIds: (slug: string) => readonly string[];
  /** Whether an article has a lead photo: its social image is then og.jpg, else og.png. */
  hasPhoto: (slug: string) => boolean;
  /** Topic page slugs ("middle-east"). */
  tags: ReadonlySet<string>;
  authors: ReadonlySet<string>;
  /** Files in public/, e.g. "logo.png". */
  files: ReadonlySet<string>;
}

/** Pages at fixed paths (relative to the base path): listings, feeds, sitemaps. */
const FIXED = new Set([
  '',
  'archive/',
  'tags/',
  'search/',
  'rss.xml',
  'feed.json',
  'sitemap-index.xml',
  'news-sitemap.xml',
  'robots.txt',
]);
/** A listing's later pages: /tags/x/2/. */
const PAGE = /^(?:[1-9]\d*\/)?$/;
const ARTICLE_FILES = new Set(['', 'rss.xml', 'feed.json', 'live/']);

/**
 * Whether `path` (from the site root, without query or fragment, e.g. "/tags/russia/")
 * names a page the build writes. A folder path may leave out its final slash.
 */
export function isSitePage(path: string, pages: SitePages): boolean {
  let rest = path.replace(/^\/+/, '').replace(/(^|\/)index\.html$/, '$1');
  if (rest !== '' && !rest.endsWith('/') && !/\.[a-z0-9]+$/i.test(rest)) rest += '/';
  if (FIXED.has(rest) || pages.files.has(rest) || PAGE.test(rest)) return true;
  const [first, name, ...more] = rest.split('/');
  const after = more.join('/');
  if (first === 'archive') return /^\d{4}$/.test(name!) && /^(?:0[1-9]|1[0-2])\/(?:[1-9]\d*\/)?$/.test(after);
  if (first === 'tags') return pages.tags.has(name!) && PAGE.test(after);
  if (first === 'authors') return pages.authors.has(name!) && PAGE.test(after);
  if (first !== 'articles' || !pages.slugs.has(name!)) return false;
  if (ARTICLE_FILES.has(after) || /^older\/[1-9]\d*\/$/.test(after)) return true;
  if (after === `og.${cardExtension(pages.hasPhoto(name!))}`) return true;
  const update = /^updates\/([^/]+)\/$/.exec(after);
  return update !== null && pages.updateIds(name!).includes(update[1]!);
}

/** Paths a mistyped link most likely meant, for "did you mean". */
export function knownPaths(pages: SitePages): string[] {
  return [
    ...[...FIXED].map((p) => `/${p}`),
    ...[...pages.files].map((f) => `/${f}`),
    ...[...pages.slugs].flatMap((s) => [
      `/articles/${s}/`,
      `/articles/${s}/og.${cardExtension(pages.hasPhoto(s))}`,
    ]),
    ...[...pages.tags].map((t) => `/tags/${t}/`),
    ...[...pages.authors].map((a) => `/authors/${a}/`),
  ];
}
