/**
 * Replacement entries for the content store, by article: what the long-lived publisher
 * (scripts/publisher/) gives the pages it renders again after an article changed,
 * without a new build. The pages read the store through src/data/content.ts, which
 * applies them. In a build nothing is replaced. Kept on `globalThis` because the pages
 * run in Astro's bundle and the publisher in plain Node: they share no module.
 */
export interface OverlayEntry {
  id: string;
  data: Record<string, unknown>;
  rendered?: { html: string; metadata?: Record<string, unknown> };
  filePath?: string;
}

/** One article's entries as they now are: its own (absent when it is no longer published) and its updates'. */
export interface ArticleEntries {
  article: OverlayEntry | undefined;
  updates: OverlayEntry[];
}

export interface ContentOverlay {
  /** New with every change, never reused: what the pages compute from the content is keyed by it. */
  version: number;
  /** By article slug; an article listed here replaces the store's entries for it. */
  articles: ReadonlyMap<string, ArticleEntries>;
}

const KEY = Symbol.for('live-news.content-overlay');
const VERSION = Symbol.for('live-news.content-overlay-version');
type WithOverlay = typeof globalThis & { [KEY]?: ContentOverlay; [VERSION]?: number };

export function currentOverlay(): ContentOverlay | undefined {
  return (globalThis as WithOverlay)[KEY];
}

/** The replaced articles from now on (an empty map: the store as built). Gives the ones before. */
export function setReplacedArticles(
  articles: ReadonlyMap<string, ArticleEntries>,
): ReadonlyMap<string, ArticleEntries> {
  const global = globalThis as WithOverlay;
  const before = global[KEY]?.articles ?? new Map<string, ArticleEntries>();
  const version = (global[VERSION] ?? 0) + 1;
  global[VERSION] = version;
  global[KEY] = { version, articles };
  return before;
}

/** The article an entry of `collection` belongs to: its id, or the part before "/" of an update id. */
export function ownerOf(collection: 'articles' | 'updates', id: string): string {
  return collection === 'articles' ? id : id.slice(0, id.indexOf('/'));
}
