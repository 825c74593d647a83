import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { currentOverlay } from '../model/content-overlay.ts';
import { onlineDirFor, readPack, type OnlinePack } from '../loaders/online-sources.ts';
import { parseShard, shardOfArticle } from '../model/shard.ts';
import { reusedArticles } from './reused-articles.ts';

/**
 * `npm run publish -- <slug>` (scripts/publish.ts) builds only what publishing one
 * article can change: it sets PUBLISH_ARTICLE to the article and PUBLISH_DIST to the
 * live site folder. Pages of other articles are then not rendered (they did not
 * change, and the merge keeps them), unless the site has none yet (a new article).
 * `npm run build -- --shard i/n` sets BUILD_SHARD to "i/n": the pages of the articles
 * of that shard (src/model/shard.ts). A full build (scripts/build.ts) renders every article's
 * pages except those it takes unchanged from the site it replaces (src/data/reused-articles.ts).
 *
 * Gives the test for each article, with the environment read once (reading process.env
 * costs more than the test, and the pages ask for every article).
 */
export function articleRendered(): (slug: string) => boolean {
  // The dev server serves every article, whatever the shell has set. MODE, not DEV: a build
  // run with NODE_ENV=test (vitest's children) has DEV true. `import.meta.env` exists only
  // where Vite loads the module; the sitemap integration runs in plain Node.
  if (import.meta.env?.MODE === 'development') return () => true;
  // A shard of a build split over several machines (`npm run build -- --shard i/n`).
  const shard = process.env.BUILD_SHARD;
  if (shard) {
    const { index, count } = parseShard(shard);
    return (slug) => shardOfArticle(slug, count) === index;
  }
  const only = process.env.PUBLISH_ARTICLE;
  const dist = process.env.PUBLISH_DIST;
  if (!only || !dist) {
    const reused = reusedArticles().slugs;
    return reused.size === 0 ? () => true : (slug) => !reused.has(slug);
  }
  const withPages = articlesWithPages(dist, only);
  return (slug) => slug === only || !withPages.has(slug);
}

/**
 * In a publish of one article, the other articles are shown (on the front page, in
 * listings, feeds and the sitemap) as their own pages show them: an update someone
 * saved but did not publish yet stays out until its article is published. An update is
 * on the site when its permalink page is. Gives the test for each update (true for all
 * updates in every other build, and for every update of an article rendered now).
 */
export function updateOnline(): (slug: string, updateId: string) => boolean {
  if (import.meta.env?.MODE === 'development') return () => true;
  const only = process.env.PUBLISH_ARTICLE;
  const dist = process.env.PUBLISH_DIST;
  if (!only || !dist) return () => true;
  const rendered = articleRendered();
  // One folder listing per article, not a file check per update (an archive has tens of thousands).
  const online = new Map<string, ReadonlySet<string>>();
  const onlineOf = (slug: string) => {
    let ids = online.get(slug);
    if (!ids) {
      ids = new Set(readdirOrEmpty(join(dist, 'articles', slug, 'updates')));
      online.set(slug, ids);
    }
    return ids;
  };
  return (slug, updateId) => rendered(slug) || onlineOf(slug).has(updateId);
}

/**
 * In a publish of one article, every other article that has pages online is read as those
 * pages were built (src/loaders/online-sources.ts), not from content/, where it may hold
 * edits nobody has published. Undefined in every other build: all is read from content/.
 */
export function onlineSources(): ((slug: string) => Promise<OnlinePack | undefined>) | undefined {
  if (import.meta.env?.MODE === 'development') return undefined;
  const only = process.env.PUBLISH_ARTICLE;
  const dist = process.env.PUBLISH_DIST;
  if (!only || !dist) return undefined;
  const rendered = articleRendered();
  const dir = onlineDirFor(dist);
  return async (slug) => (rendered(slug) ? undefined : readPack(dir, slug));
}

/** Where this build keeps the sources of the articles it renders (ONLINE_SOURCES_OUT, set by the build scripts). */
export function packsOut(): { dir: string; rendered: (slug: string) => boolean } | undefined {
  if (import.meta.env?.MODE === 'development') return undefined;
  const dir = process.env.ONLINE_SOURCES_OUT;
  return dir ? { dir, rendered: articleRendered() } : undefined;
}

function readdirOrEmpty(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

/** The articles `dist` has a page for, looked up once per publish (each route asks for each article). */
let withPages: { key: string; slugs: ReadonlySet<string> } | undefined;

function articlesWithPages(dist: string, only: string): ReadonlySet<string> {
  // The long-lived publisher merges pages between its publishes, each under a new content version.
  const key = `${dist}\0${only}\0${currentOverlay()?.version ?? 0}`;
  if (withPages?.key !== key) {
    const folder = join(dist, 'articles');
    const names = existsSync(folder) ? readdirSync(folder) : [];
    const slugs = new Set(names.filter((name) => existsSync(join(folder, name, 'index.html'))));
    withPages = { key, slugs };
  }
  return withPages.slugs;
}
