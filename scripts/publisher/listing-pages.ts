import { readFile, rm, rmdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { KeptBuild, StaticPath } from './kept-build.ts';

/**
 * The listing pages (front pages, month archives, topics, authors): paginated lists of
 * articles, each rendered from its props alone (the page of the list, and its label or
 * author; an author's page also reads the author's entry, which a publish does not
 * change). A publish renders one of them again only when its props changed: when it
 * shows an article that changed, or the list moved. The rest of the pages read more
 * than their props and are rendered on every publish that includes them.
 */
const LISTING_COMPONENTS = new Set([
  'src/pages/[...page].astro',
  'src/pages/archive/[year]/[month]/[...page].astro',
  'src/pages/tags/[tag]/[...page].astro',
  'src/pages/authors/[id]/[...page].astro',
]);

export const isListing = (path: StaticPath): boolean =>
  path.route.type === 'page' && LISTING_COMPONENTS.has(path.route.component);

/** A page's name as Astro's build gives it to integrations (trailingSlash 'always', directory format). */
export const pageName = (pathname: string): string => pathname.replace(/\/?$/, '/').replace(/^\//, '');

/** The file of a page, from the site folder's root, as Astro's build writes it. */
export const pageFile = (pathname: string): string => `${pageName(pathname)}index.html`;

/**
 * What each listing page in dist/ was rendered from: for every path recorded here,
 * dist/ holds exactly the page these props render. Article views are compared by
 * identity (src/data/articles.ts keeps an unchanged article's view from one publish to
 * the next); anything this cannot tell apart counts as changed.
 */
export class ListingPages {
  #shown = new Map<string, unknown>();

  /** Whether dist/ already holds the page these props render. */
  unchanged(path: StaticPath, props: unknown): boolean {
    return this.#shown.has(path.pathname) && sameProps(this.#shown.get(path.pathname), props, 3);
  }

  /** dist/ now holds the page these props render. */
  record(path: StaticPath, props: unknown): void {
    if (props !== undefined) this.#shown.set(path.pathname, props);
  }

  /** dist/ may hold something else for these paths (a publish that failed part way). */
  forget(paths: readonly StaticPath[]): void {
    for (const path of paths) this.#shown.delete(path.pathname);
  }

  /** The recorded listing pages no longer among `paths` (a topic lost an article: its last page went). */
  gone(paths: readonly StaticPath[]): string[] {
    const listed = new Set(paths.map((path) => path.pathname));
    return [...this.#shown.keys()].filter((pathname) => !listed.has(pathname));
  }

  /** Stops tracking paths that were removed from dist/. */
  drop(pathnames: readonly string[]): void {
    for (const pathname of pathnames) this.#shown.delete(pathname);
  }
}

/**
 * Equal props: the same values, looking `depth` levels into plain objects and arrays
 * (props, then Astro's page, then its list of articles); below that, the same objects.
 */
export function sameProps(a: unknown, b: unknown, depth: number): boolean {
  if (Object.is(a, b)) return true;
  if (depth === 0 || typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((item, i) => sameProps(item, b[i], depth - 1));
  }
  if (!isPlain(a) || !isPlain(b)) return false;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((key) => Object.hasOwn(b, key) && sameProps(a[key], b[key], depth - 1));
}

function isPlain(value: object): value is Record<string, unknown> {
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

/**
 * After a build into `staging` (and its merge, if any): the listing pages it rendered
 * that dist/ holds byte for byte, with the props they were rendered from. A page that
 * differs (dist/ is older than the content the build read) is rendered at the next publish.
 */
export async function recordListings(
  kept: KeptBuild,
  paths: readonly StaticPath[],
  staging: string,
  dist: string,
): Promise<ListingPages> {
  const shown = new ListingPages();
  for (const path of paths.filter(isListing)) {
    const file = pageFile(path.pathname);
    const [built, live] = await Promise.all([
      readFile(join(staging, file)).catch(() => undefined),
      readFile(join(dist, file)).catch(() => undefined),
    ]);
    if (built && live?.equals(built)) shown.record(path, kept.props(path));
  }
  return shown;
}

/** Removes from dist/ the recorded listing pages no longer among `paths`; gives their files. */
export async function removeListings(
  dist: string,
  shown: ListingPages,
  paths: readonly StaticPath[],
): Promise<string[]> {
  const gone = shown.gone(paths);
  const files = gone.map(pageFile);
  for (const file of files) {
    await rm(join(dist, file), { force: true });
    // Its folder, when nothing else is left in it (a page number's folder).
    await rmdir(dirname(join(dist, file))).catch(() => undefined);
  }
  shown.drop(gone);
  return files;
}
