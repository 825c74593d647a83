// `npm run publish` without a running publisher: a build restricted to one article
// (src/data/publish-scope.ts) into a staging folder, merged into dist/, then the search index.
import { build } from 'astro';
import { readdir, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { removeDeadStaging } from '../site-files.ts';
import { updateSiteSearch } from './site-search.ts';
import { mergeOutput } from './merge-output.ts';
import {
  commitPacks,
  deadPackPrefixes,
  onlineDirFor,
  stagedPacksFor,
} from '../../src/loaders/online-sources.ts';

const seconds = (from: number, to = performance.now()) => `${((to - from) / 1000).toFixed(1)} s`;

/** Publishes `slug` into `dist`, saying what it does; sets the exit code on failure. */
export async function publishByBuild(root: string, dist: string, slug: string): Promise<void> {
  const started = performance.now();
  let step: 'build' | 'merge' | 'search' = 'build';
  // The build renders this article's pages and the site-wide ones, not other articles' pages
  // (src/data/publish-scope.ts); the sitemap lists those from dist/'s sitemap.
  process.env.PUBLISH_ARTICLE = slug;
  process.env.PUBLISH_DIST = dist;
  const staging = join(dirname(dist), `.${basename(dist)}-publish-${process.pid}`);
  // The sources of the articles whose pages this publish writes (src/loaders/online-sources.ts).
  const packs = stagedPacksFor(dist);
  process.env.ONLINE_SOURCES_OUT = packs;
  await removeDeadStaging(dirname(dist), [`.${basename(dist)}-publish-`, ...deadPackPrefixes(dist)]);
  try {
    await build({
      root,
      outDir: staging,
      logLevel: process.env.BUILD_LOG_LEVEL === 'silent' ? 'error' : 'warn',
    });
    const built = performance.now();
    // Step 1: the article's pages, feeds, listings and sitemaps go online.
    step = 'merge';
    const report = await mergeOutput(staging, dist, slug);
    await commitPacks(packs, onlineDirFor(dist), false);
    // The published article, and any article the site had no page for yet.
    const articles = (await readdir(join(staging, 'articles')).catch(() => [])).sort();
    console.log(
      `Online: ${slug} published in ${seconds(started)} (build ${seconds(started, built)}, merge ` +
        `${seconds(built)}): ${report.written.length} files written, ${report.unchanged} unchanged, ` +
        `${report.removed.length} removed. Article pages built: ${articles.join(', ')}.`,
    );
    // Step 2: the recent-changes search index (until it is done the previous one keeps answering).
    step = 'search';
    const indexing = performance.now();
    const { index, files: search, recent } = await updateSiteSearch(dist, articles);
    console.log(
      `Search index updated in ${seconds(indexing)} (${recent.length} articles published since the last ` +
        `full build: ${index.pages} pages, ${index.updates} live updates; ${search.written.length} files ` +
        `written, ${search.removed.length} removed). Total ${seconds(started)}.`,
    );
  } catch (error) {
    const what = {
      build: `Publishing failed; ${basename(dist)}/ still holds the last good files.`,
      merge: `Publishing failed while copying files into ${basename(dist)}/: some are new, some old; run "npm run build".`,
      search:
        'The pages are online, but the search index was not updated; run "npm run build" to rebuild it.',
    };
    console.error(`\n${what[step]}`);
    if (error instanceof Error) console.error(error.message);
    process.exitCode = 1;
  } finally {
    await rm(staging, { recursive: true, force: true });
    await rm(packs, { recursive: true, force: true });
  }
}
