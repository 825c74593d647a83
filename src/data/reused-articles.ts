/**
 * A full build (`npm run build`) takes the pages of an article that has not changed since the
 * site it replaces was built from that site, instead of rendering them again: the pages are
 * hard links into the replaced site (src/integrations/reused-pages.ts). "Not changed" is what
 * the article's sources record (src/loaders/reuse-stamps.ts): the same text of every file,
 * the same photo files, the same updates published, and the same build key, which covers the
 * code, the settings and every other input an article's pages show (scripts/build-key.ts).
 *
 * The content loader decides which articles are taken, during the content sync; the pages
 * (which then leave them out, src/data/publish-scope.ts), the integration that links them and
 * the sitemap ask later. They are separate module graphs in one process, so the state is one
 * object on `globalThis`, as the update-card queue is.
 */

/** Set by scripts/build.ts in a full build of the whole site; no other build takes pages. */
export const BUILD_KEY_VARIABLE = 'BUILD_REUSE_KEY';

/** The files of an article's photos that its pages show, as paths in the site (src/loaders/reuse-stamps.ts keeps them). */
export interface PhotoFiles {
  /** Each format and width, in `_astro/`. */
  files: readonly string[];
}

/** The photos of an article taken: their files, and the names of the photo files in its folder ("crowd.jpg"). */
export interface TakenPhotos extends PhotoFiles {
  sources: readonly string[];
}

export interface ReusedArticles {
  slugs: ReadonlySet<string>;
  /** By article taken that shows photos. */
  files: ReadonlyMap<string, TakenPhotos>;
}

interface State {
  reused: ReusedArticles;
  /** By article rendered in this build: the URLs of its photos' files. */
  recorded: Map<string, Set<string>>;
}

const KEY = Symbol.for('live-news.reused-articles');

function state(): State {
  const holder = globalThis as typeof globalThis & { [KEY]?: State };
  return (holder[KEY] ??= { reused: { slugs: new Set(), files: new Map() }, recorded: new Map() });
}

/** This build's key, or undefined when it renders every page it writes (dev, publish, shards, tests). */
export function buildKey(): string | undefined {
  return process.env[BUILD_KEY_VARIABLE] || undefined;
}

/** The articles whose pages this build takes from the replaced site, and their photos' files. */
export function reusedArticles(): ReusedArticles {
  return state().reused;
}

export function setReusedArticles(reused: ReusedArticles): void {
  state().reused = reused;
}

/**
 * Notes the URLs of the files a photo of `article` was written to by astro:assets, in a build
 * that may take pages next time: the next build links them for the article's pages if it takes
 * those (src/integrations/reused-pages.ts).
 */
export function recordPhotoFiles(article: string, urls: readonly string[]): void {
  if (!buildKey()) return;
  const { recorded } = state();
  let files = recorded.get(article);
  if (!files) recorded.set(article, (files = new Set()));
  for (const url of urls) files.add(url);
}

/** The photo files noted for each article rendered; forgotten as they are given. */
export function takeRecordedPhotoFiles(): Map<string, Set<string>> {
  const { recorded } = state();
  state().recorded = new Map();
  return recorded;
}
