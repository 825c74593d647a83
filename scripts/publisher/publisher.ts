// The long-lived publisher: one Astro build kept in memory, then each publish of one
// article renders that article's pages and the site-wide ones again through the kept
// build, with the article's entries replaced (src/model/content-overlay.ts), and
// merges them into dist/ as `npm run publish` does. See docs/publishing.md.
import {
  commitPacks,
  deadPackPrefixes,
  onlineDirFor,
  stagedPacksFor,
  writePacks,
} from '../../src/loaders/online-sources.ts';
import { onlineSources } from '../../src/data/publish-scope.ts';
import { build } from 'astro';
import { existsSync } from 'node:fs';
import { rm, rmdir, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { contentDirFor } from '../../src/loaders/content-dir.ts';
import { ContentError, formatWarning, sortProblems } from '../../src/loaders/content-problem.ts';
import { readNow } from '../../src/loaders/news-now.ts';
import {
  listArticleFolders,
  readContent,
  rereadArticles,
  type ContentTree,
} from '../../src/loaders/read-content.ts';
import { workerSettings } from '../../src/loaders/render-pool.ts';
import { currentOverlay, setReplacedArticles } from '../../src/model/content-overlay.ts';
import { writeUpdatePermalinks } from '../../src/integrations/permalinks.ts';
import { mergeOutput, type MergeReport } from '../publish/merge-output.ts';
import { removeDeadStaging } from '../site-files.ts';
import { updateSiteSearch } from '../publish/site-search.ts';
import { ArticleEntryMaker } from './article-entries.ts';
import {
  keepBuild,
  KeptBuildUnusable,
  restoreBundle,
  type KeptBuild,
  type StaticPath,
} from './kept-build.ts';
import { builtArticles, renderSite } from './render-site.ts';
import { photoStamps, samePhotoFiles, samePhotos } from './same-photos.ts';
import { ListingPages, recordListings, removeListings } from './listing-pages.ts';
import { SitemapWriter } from './sitemaps.ts';

/** PUBLISH_ARTICLE for the first build: no article's pages are rendered but those dist/ lacks. */
const NO_ARTICLE = '(none)';

export interface PublishReport extends MergeReport {
  slug: string;
  /** `kept`: rendered through the kept build; `build`: a new build (a photo changed, or the first). */
  how: 'kept' | 'build';
  /** Why a new build was needed. */
  why?: string;
  seconds: number;
  /** The articles whose pages were rendered: the published one, and any dist/ had no page for. */
  articles: string[];
  /** Seconds per step of a publish through the kept build: where the time goes. */
  steps?: { read: number; render: number; sitemaps: number; merge: number };
  /** Listing pages through the kept build: rendered again, left as dist/ has them, removed. */
  listings?: { rendered: number; unchanged: number; removed: number; pages: string[] };
  /** How the sitemap was written through the kept build (sitemaps.ts). */
  sitemap?: 'spliced' | 'whole';
  /** The content warnings of the published articles (`path:line: warning: ...`), for `npm run publish` to show. */
  warnings?: string[];
}

interface State {
  kept: KeptBuild;
  /** The site folder the build was kept for (siteIdentity). */
  site: string;
  tree: ContentTree;
  /** The photo files as the build saw them (same-photos.ts). */
  photoStamps: Map<string, string>;
  entries: ArticleEntryMaker | undefined;
  /** What the listing pages in dist/ were rendered from (listing-pages.ts). */
  listings: ListingPages;
  sitemaps: SitemapWriter;
}

export class Publisher {
  readonly root: string;
  readonly dist: string;
  readonly #contentDir: string;
  readonly #log: (line: string) => void;
  #state: State | undefined;
  /** Why Astro's last build could not be kept (kept-build.ts): then every publish builds. */
  #unusable: string | undefined;
  #queue: Promise<unknown> = Promise.resolve();
  #search: Promise<void> | undefined;
  #searchAgain = false;
  /** Articles published whose pages the recent search index does not hold yet. */
  #searchPending = new Set<string>();
  #staged = 0;
  /** The last search index failure, until an index succeeds. */
  searchError: Error | undefined;

  constructor(root: string, dist: string, log: (line: string) => void = console.log) {
    this.root = root;
    this.dist = dist;
    this.#contentDir = contentDirFor(root);
    this.#log = log;
  }

  /** Builds once and keeps the build (nothing is written to dist/). */
  start(): Promise<void> {
    return this.#enqueue(async () => {
      if (!existsSync(join(this.dist, 'index.html')))
        throw new Error(
          `${basename(this.dist)}/ has no built site yet: run "npm run build" once, then start the publisher.`,
        );
      await removeDeadStaging(dirname(this.dist), [
        `.${basename(this.dist)}-publish-`,
        ...deadPackPrefixes(this.dist),
      ]);
      await this.#buildAndKeep(undefined);
    });
  }

  /** Publishes one article: its pages and the site-wide ones, online when this resolves. */
  publish(slug: string): Promise<PublishReport> {
    return this.#enqueue(() => this.#publish(slug));
  }

  /** Resolves once every queued publish and the search index after them are done. */
  async idle(): Promise<void> {
    for (;;) {
      await this.#queue;
      if (!this.#search) return;
      await this.#search;
    }
  }

  #enqueue<T>(work: () => Promise<T>): Promise<T> {
    const run = this.#queue.then(work);
    this.#queue = run.catch(() => undefined);
    return run;
  }

  async #publish(slug: string): Promise<PublishReport> {
    const started = performance.now();
    const state = this.#state;
    if (!state) {
      if (this.#unusable === undefined) throw new Error('The publisher has not started.');
      return this.#renew(slug, `the kept build cannot render (${this.#unusable})`, started);
    }
    const now = readNow();
    // The article, and any article folder added since the build (a new article the site
    // now links to), as `npm run publish` takes every article dist/ has no page for.
    const known = new Set(state.tree.articles.map((a) => a.slug));
    const added = (await listArticleFolders(this.#contentDir)).filter(
      (name) => !known.has(name) && !name.startsWith('.'),
    );
    const slugs = new Set([slug, ...added]);
    const tree = await rereadArticles(this.root, this.#contentDir, state.tree, slugs, now);
    if (tree.problems.length > 0) throw new ContentError(tree.problems);
    const warnings = sortProblems(tree.warnings).map(formatWarning);
    for (const warning of warnings) this.#log(warning);
    if (!tree.articles.some((a) => a.slug === slug))
      throw new Error(
        `There is no article "${slug}" in ${this.#contentDir}; deleting an article needs "npm run build".`,
      );
    const renewed = async (why: string) => ({ ...(await this.#renew(slug, why, started)), warnings });
    if (!state.entries) return renewed('the Markdown settings need a build');
    // `npm run build` replaces the whole folder: the kept build may be older than its pages.
    if ((await siteIdentity(this.dist)) !== state.site)
      return renewed(`${basename(this.dist)}/ was rebuilt since the publisher built`);
    if ([...slugs].some((s) => !samePhotos(state.tree, tree, s))) return renewed('its photos changed');
    tree.photos = state.tree.photos;
    for (const s of slugs)
      if (!(await samePhotoFiles(state.photoStamps, tree, s))) return renewed('a photo file was replaced');
    const replaced = new Map(currentOverlay()?.articles);
    for (const s of slugs) replaced.set(s, await state.entries.entries(tree, s, now));
    const before = setReplacedArticles(replaced);
    const staging = this.#stagingFolder();
    const read = since(started);
    try {
      const site = await renderSite(state.kept, staging, slug, this.dist, state.listings).catch((error) => {
        if (error instanceof KeptBuildUnusable) return error;
        throw error;
      });
      if (site instanceof KeptBuildUnusable) {
        setReplacedArticles(before);
        return await renewed(`the kept build cannot render it: ${site.message}`);
      }
      // Photos are encoded only by a build: one in a size dist/ lacks needs one.
      if ([...site.images].some((image) => !existsSync(join(this.dist, decodeURI(image))))) {
        setReplacedArticles(before);
        return await renewed('it shows a photo in a size the site does not have yet');
      }
      const render = since(started);
      await writeUpdatePermalinks(staging);
      const sitemap = await state.sitemaps.write(staging, site.pages);
      const sitemaps = since(started);
      state.listings.forget(site.listings.map(({ path }) => path));
      const report = await mergeOutput(staging, this.dist, slug);
      await writePacks(onlineDirFor(this.dist), tree, (s) => slugs.has(s));
      for (const { path, props } of site.listings) state.listings.record(path, props);
      state.sitemaps.published();
      const gone = await removeListings(this.dist, state.listings, site.paths);
      report.removed.push(...gone);
      state.tree = tree;
      const articles = await builtArticles(staging);
      this.#searchSoon(articles);
      const seconds = since(started);
      const steps = { read, render: render - read, sitemaps: sitemaps - render, merge: seconds - sitemaps };
      const listings = {
        rendered: site.listings.length,
        unchanged: site.unchanged,
        removed: gone.length,
        pages: site.listings.map(({ path }) => path.pathname),
      };
      return {
        ...report,
        slug,
        how: 'kept',
        seconds,
        articles,
        steps,
        listings,
        sitemap,
        warnings,
      };
    } catch (error) {
      setReplacedArticles(before);
      throw error;
    } finally {
      await rm(staging, { recursive: true, force: true });
    }
  }

  /** Publishes by a new build (as `npm run publish` does), and keeps that build from now on. */
  async #renew(slug: string, why: string, started: number): Promise<PublishReport> {
    this.#log(`Publishing ${slug} with a new build: ${why}.`);
    const report = await this.#buildAndKeep(slug);
    return { ...report!, slug, how: 'build', why, seconds: since(started) };
  }

  /**
   * A build with the publish scope (src/data/publish-scope.ts) into a staging folder,
   * kept in memory; with a slug, merged into dist/ as `npm run publish` merges.
   */
  async #buildAndKeep(
    slug: string | undefined,
  ): Promise<Omit<PublishReport, 'slug' | 'how' | 'seconds'> | undefined> {
    const now = readNow();
    process.env.PUBLISH_ARTICLE = slug ?? NO_ARTICLE;
    process.env.PUBLISH_DIST = this.dist;
    // Other articles as their pages online show them, as the build reads them (online-sources.ts).
    const tree = await readContent(this.root, this.#contentDir, { now, online: onlineSources() });
    if (tree.problems.length > 0) throw new ContentError(tree.problems);
    const stamps = await photoStamps(tree);
    const staging = this.#stagingFolder();
    const packs = stagedPacksFor(this.dist);
    process.env.ONLINE_SOURCES_OUT = packs;
    const keep = keepBuild(`${staging}-bundle`);
    const previous = this.#state;
    this.#state = undefined;
    const before = setReplacedArticles(new Map());
    let kept: KeptBuild | undefined;
    try {
      await build({ root: this.root, outDir: staging, logLevel: 'error', integrations: [keep.integration] });
      const report = slug ? await mergeOutput(staging, this.dist, slug) : undefined;
      // The first build merges nothing: its sources are not online.
      if (report) await commitPacks(packs, onlineDirFor(this.dist), false);
      await rm(packs, { recursive: true, force: true });
      const articles = await builtArticles(staging);
      const keeping = await keepListings(keep.kept, staging, this.dist);
      if (report && previous && !(keeping instanceof KeptBuildUnusable))
        report.removed.push(...(await removeListings(this.dist, previous.listings, keeping.paths)));
      await rm(staging, { recursive: true, force: true });
      if (report) this.#searchSoon(articles);
      if (keeping instanceof KeptBuildUnusable) {
        await rm(`${staging}-bundle`, { recursive: true, force: true });
        if (previous) await forget(previous.kept);
        this.#unusable = keeping.message;
        this.#log(
          `The publisher cannot keep Astro's build (${keeping.message}); each publish makes a new build instead.`,
        );
        return report && { ...report, articles };
      }
      kept = keeping.kept;
      await restoreBundle(kept);
      const settings = workerSettings(kept.config);
      const sitemaps = new SitemapWriter(kept, this.dist);
      // What each publish would otherwise do first, over the whole archive: read the live
      // sitemap, and run the link checks once (they remember which files can hold a link).
      await sitemaps.prepare();
      await rereadArticles(this.root, this.#contentDir, tree, new Set(), now);
      this.#state = {
        kept,
        site: await siteIdentity(this.dist),
        tree,
        photoStamps: stamps,
        entries: settings && new ArticleEntryMaker(this.root, settings),
        listings: keeping.listings,
        sitemaps,
      };
      this.#unusable = undefined;
      if (previous) await forget(previous.kept);
      return report && { ...report, articles };
    } catch (error) {
      // The build that failed kept nothing: go on with the one before, as it was.
      if (kept) await forget(kept);
      await rm(staging, { recursive: true, force: true });
      await rm(packs, { recursive: true, force: true });
      if (previous) {
        this.#state = previous;
        setReplacedArticles(before);
      }
      throw error;
    }
  }

  /** Removes the kept build's files (at exit; its modules stay loaded until then). */
  async close(): Promise<void> {
    await this.idle();
    if (this.#state) await forget(this.#state.kept);
  }

  #stagingFolder(): string {
    return join(dirname(this.dist), `.${basename(this.dist)}-publish-${process.pid}-${++this.#staged}`);
  }

  /**
   * The recent-changes search index (scripts/search-recent.ts) with `articles` added, from
   * dist/ as it now is, in the background; again after it if pages changed meanwhile.
   */
  #searchSoon(articles: readonly string[]): void {
    for (const slug of articles) this.#searchPending.add(slug);
    if (this.#search) {
      this.#searchAgain = true;
      return;
    }
    this.#search = (async () => {
      do {
        this.#searchAgain = false;
        const started = performance.now();
        const pending = [...this.#searchPending];
        this.#searchPending.clear();
        try {
          const { index, files, recent } = await updateSiteSearch(this.dist, pending);
          this.searchError = undefined;
          this.#log(
            `Search index updated in ${since(started).toFixed(1)} s (${recent.length} articles published ` +
              `since the last full build, ${index.pages} pages, ${files.written.length} files written, ` +
              `${files.removed.length} removed).`,
          );
        } catch (error) {
          // Tried again with the next publish (or made whole by the next full build).
          for (const slug of pending) this.#searchPending.add(slug);
          this.searchError = error instanceof Error ? error : new Error(String(error));
          this.#log(`The search index was not updated: ${this.searchError.message}`);
        }
      } while (this.#searchAgain);
    })().finally(() => {
      this.#search = undefined;
    });
  }
}

/**
 * Which site folder this is: its device and inode. A publish replaces files inside it
 * and keeps them; `npm run build` renames a new folder over it.
 */
async function siteIdentity(dist: string): Promise<string> {
  const info = await stat(dist);
  return `${info.dev}:${info.ino}`;
}

/**
 * The kept build, its paths listed again and the listing pages dist/ holds as they are;
 * KeptBuildUnusable when Astro's build cannot be kept (kept-build.ts).
 */
async function keepListings(
  keep: () => KeptBuild,
  staging: string,
  dist: string,
): Promise<{ kept: KeptBuild; paths: StaticPath[]; listings: ListingPages } | KeptBuildUnusable> {
  try {
    const kept = keep();
    const paths = await kept.paths();
    return { kept, paths, listings: await recordListings(kept, paths, staging, dist) };
  } catch (error) {
    if (error instanceof KeptBuildUnusable) return error;
    throw error;
  }
}

/** Removes the files of a kept build no longer used. */
async function forget(kept: KeptBuild): Promise<void> {
  await rm(kept.keptCopy, { recursive: true, force: true });
  await rm(kept.bundle, { recursive: true, force: true });
  // The staging folder the bundle lived in, now empty (unless Astro put the bundle elsewhere).
  await rmdir(dirname(kept.bundle)).catch(() => undefined);
}

const since = (started: number) => (performance.now() - started) / 1000;
