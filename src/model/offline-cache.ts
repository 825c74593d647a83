import { fillWords } from '../i18n/fill-words.ts';
import { formatClock, type ClockStyle } from './clock.ts';

/**
 * What the offline-reading service worker does with a same-origin GET (docs/reading.md):
 * - `asset`: a file under /_astro/, whose name changes with its content: from the cache
 *   when there, else from the network and kept;
 * - `page`: pages and other files (photos, feeds): from the network, kept as they arrive,
 *   and from the cache only when the network fails;
 * - `network`: left alone, exactly as without the worker: the live/ pages that open pages
 *   poll (their HTTP cache rules decide), the search index, and the worker's own file.
 */
export type CacheRule = 'asset' | 'page' | 'network';

/** `path` is a URL's pathname; `base` the site's base path, with a trailing slash. */
export function cacheRuleFor(path: string, base: string): CacheRule {
  if (!path.startsWith(base)) return 'network';
  const rest = path.slice(base.length);
  if (rest.startsWith('_astro/')) return 'asset';
  if (rest === 'sw.js' || rest.startsWith('pagefind/') || /^articles\/[^/]+\/live\/?$/.test(rest)) {
    return 'network';
  }
  return 'page';
}

const PREFIX = 'live-news-';

/** The worker's caches for one build: `version` changes whenever the site's code or style does. */
export function cacheNames(version: string): { pages: string; assets: string; offline: string } {
  return {
    pages: `${PREFIX}pages-${version}`,
    assets: `${PREFIX}assets-${version}`,
    // The "you are offline" page and its stylesheet, apart so that trimming never drops them.
    offline: `${PREFIX}offline-${version}`,
  };
}

/**
 * Caches an older build left: their pages point at scripts and styles this build no longer
 * has. Caches of other software on the same origin are not ours to delete.
 */
export function staleCaches(names: readonly string[], version: string): string[] {
  const current = Object.values(cacheNames(version));
  return names.filter((name) => name.startsWith(PREFIX) && !current.includes(name));
}

/**
 * Whether an answer may be kept: a whole same-origin page or file (not an error, a
 * redirect or a part of a file), and not one its host says must never be stored.
 */
export function isKeepable(status: number, type: string, cacheControl: string | null): boolean {
  return status === 200 && type === 'basic' && !/(^|[\s,])no-store\b/i.test(cacheControl ?? '');
}

/** At most this many pages and assets are kept; the oldest go first. */
export const MAX_PAGES = 60;
export const MAX_ASSETS = 200;

/** The offline note's words in a page's language, and its clock style (src/i18n/script-words.ts). */
export interface OfflineWords {
  /** "Offline, last updated {time}" */
  note: string;
  /** "Offline": for a copy without its time. */
  offline: string;
  clock: ClockStyle;
}

/** "Offline, last updated 14:05": when this copy was saved, on the reader's own clock. */
export function offlineNote(saved: Date, words: OfflineWords): string {
  // A copy without its time (none the worker keeps) still says why it is shown.
  if (Number.isNaN(saved.getTime())) return words.offline;
  return fillWords(words.note, { time: formatClock(saved.getHours(), saved.getMinutes(), words.clock) });
}

const ATTRIBUTE_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  '#34': '"',
  '#39': "'",
};

/**
 * The offline words a saved page carries on its <main> (`data-offline-words`, JSON, written by
 * BaseLayout.astro in the page's language), or undefined for a page without them.
 */
export function pageOfflineWords(html: string): OfflineWords | undefined {
  const main = /<main\b[^>]*>/.exec(html)?.[0];
  const value = main && /\sdata-offline-words="([^"]*)"/.exec(main)?.[1];
  if (!value) return undefined;
  try {
    const words = JSON.parse(
      value.replace(/&(amp|lt|gt|quot|#34|#39);/g, (_, name: string) => ATTRIBUTE_ENTITIES[name]!),
    ) as OfflineWords;
    return typeof words.note === 'string' && typeof words.offline === 'string' && words.clock
      ? words
      : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A saved page, as shown when the network fails: `note` as a status line (`role="status"`)
 * at the top of its <main>. A page without <main> is returned as it is.
 */
export function markOffline(html: string, note: string): string {
  const text = note.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const line = `<p class="offline-note" role="status" data-offline-note>${text}</p>`;
  return html.replace(/<main\b[^>]*>/, (main) => main + line);
}

/** The scripts and stylesheet a page loads (`/_astro/` files), to keep with the offline page. */
export function pageAssets(html: string): string[] {
  return [...html.matchAll(/\b(?:href|src)="([^"]*\/_astro\/[^"]+)"/g)].map((match) => match[1]!);
}
