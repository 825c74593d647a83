// Full-text search: Pagefind indexes the built site (articles, via data-pagefind-body)
// and every live update as its own record pointing at the update's place on the page,
// so a search for a phrase from an update opens that update, not the top of the article.
import { createHash, type Hash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import * as pagefind from 'pagefind';
import { PAGEFIND_STOPPED, unlessPagefindStops } from './pagefind-stopped.ts';
import {
  articleSlugOf,
  readBuiltPages,
  updateRecordsOf,
  withArticleFilter,
  type BuiltPage,
  type UpdateRecord,
} from './search-pages.ts';
import { listFiles } from './site-files.ts';

/** Update copies and the updates themselves are indexed as update records, not as part of the article. */
const EXCLUDE_FROM_ARTICLES = ['article.update', '.pinned-update'];

export class SearchIndexError extends Error {
  override name = 'SearchIndexError';
}

export interface SearchIndex {
  /**
   * The Pagefind bundle's files, written into the folder the index was asked for; paths
   * relative to it (e.g. "fragment/en_1a2b3c4.pf_fragment").
   */
  files: string[];
  pages: number;
  updates: number;
  /** The digest of what the bundle was made from (scripts/search-reuse.ts). */
  digest?: string;
  /** The previous bundle was taken: nothing had changed. */
  reused: boolean;
}

/** The bundle of the previous build and the digest of what it was made from (scripts/search-reuse.ts). */
export interface PreviousBundle {
  digest: string;
  /** Copies its files into a folder and lists them; undefined when one is missing or changed. */
  copyTo: (folder: string) => Promise<string[] | undefined>;
}

export interface SearchIndexOptions {
  /** The folder the bundle is written to: made when missing, and should hold nothing else. */
  into: string;
  /** Only these articles (the recent-changes index after a publish). */
  only?: readonly string[] | undefined;
  /** The last build's bundle, copied instead when Pagefind would be given the same. */
  previous?: PreviousBundle | undefined;
}

/**
 * Indexes the site built in `dir` and writes the bundle into `into`. Pages are read a
 * batch at a time and dropped once sent: a large archive's pages do not fit in memory at
 * once. Pagefind writes the bundle itself: asked for its files instead, it sends them all
 * in one message, which at 10,000 articles x 40 updates is close to the longest string
 * Node can hold, and Node would keep several copies of it. Pagefind gets every article page first, then every update record,
 * in path order as always (the bundle depends on the order things are added).
 * Every article, or only `only` (the recent-changes index after a publish:
 * scripts/search-recent.ts). Each record carries its article's slug as the filter
 * `article`, by which the search page leaves out the main index's records of an article
 * the recent index holds anew.
 */
export async function buildSearchIndex(
  dir: string,
  language: string,
  { into, only, previous }: SearchIndexOptions,
): Promise<SearchIndex> {
  const digest = inputDigest(language, only);
  await mkdir(into, { recursive: true });
  if (previous) {
    // Read and digest first: when Pagefind would be given what it was given last time, its
    // bundle would be the same, and the previous one is taken (checked file by file).
    const records: UpdateRecord[] = [];
    const pages = await sendPages(dir, only, { digest, records });
    const key = digestRecords(digest, records);
    const files = key === previous.digest ? await previous.copyTo(into) : undefined;
    if (files) return { files, pages, updates: records.length, digest: key, reused: true };
    // A copy that stopped at a changed file leaves part of a bundle: Pagefind starts afresh.
    await emptyFolder(into);
    return { ...(await runPagefind(dir, language, into, only, records)), digest: key };
  }
  const { records, ...index } = await runPagefind(dir, language, into, only, undefined, digest);
  return { ...index, digest: digestRecords(digest, records) };
}

async function emptyFolder(folder: string): Promise<void> {
  await rm(folder, { recursive: true, force: true });
  await mkdir(folder, { recursive: true });
}

/**
 * Pagefind indexes the pages, then the update records: those given (already read), or
 * the ones read beside the pages. `digest`, when given, takes in what Pagefind is given.
 */
async function runPagefind(
  dir: string,
  language: string,
  into: string,
  only: readonly string[] | undefined,
  known?: UpdateRecord[],
  digest?: Hash,
): Promise<SearchIndex & { records: UpdateRecord[] }> {
  try {
    return await unlessPagefindStops(
      () => indexWithPagefind(dir, language, into, only, known, digest),
      () => new SearchIndexError(PAGEFIND_STOPPED),
    );
  } finally {
    await pagefind.close();
  }
}

async function indexWithPagefind(
  dir: string,
  language: string,
  into: string,
  only: readonly string[] | undefined,
  known: UpdateRecord[] | undefined,
  digest: Hash | undefined,
): Promise<SearchIndex & { records: UpdateRecord[] }> {
  const created = await pagefind.createIndex({
    forceLanguage: language,
    excludeSelectors: EXCLUDE_FROM_ARTICLES,
  });
  fail('starting Pagefind', created.errors);
  const index = created.index;
  if (!index) throw new SearchIndexError('Search index: Pagefind did not start.');
  const records = known ?? [];
  const pages = await sendPages(dir, only, {
    digest,
    records: known ? undefined : records,
    add: async (page) =>
      fail(
        `reading ${page.path}`,
        (await index.addHTMLFile({ sourcePath: page.path, content: page.html })).errors,
      ),
  });
  // A batch at a time, in order: all at once, 400,000 records (10,000 x 40) would wait
  // as messages in Node's pipe to Pagefind, hundreds of megabytes on top of the records.
  for (let i = 0; i < records.length; i += RECORD_BATCH) {
    const batch = records.slice(i, i + RECORD_BATCH);
    const results = await Promise.all(
      batch.map((record) =>
        index.addCustomRecord({
          url: record.url,
          content: record.content,
          language,
          meta: { title: record.title, article: record.article },
          filters: { article: [articleSlugOf(record.url.slice(1))] },
        }),
      ),
    );
    results.forEach((result, j) => fail(`adding ${batch[j]!.url}`, result.errors));
  }
  const written = await index.writeFiles({ outputPath: into });
  fail('writing the index', written.errors);
  return { files: await listFiles(into), pages, updates: records.length, records, reused: false };
}

/** Update records sent to Pagefind at once. */
const RECORD_BATCH = 1024;

/** Pagefind's errors for one step, as a SearchIndexError. */
function fail(step: string, errors: readonly string[]): void {
  if (errors.length > 0)
    throw new SearchIndexError(`Search index: ${step} failed:\n  ${errors.join('\n  ')}`);
}

interface PageSink {
  /** Takes in each indexed page as Pagefind reads it. */
  digest?: Hash | undefined;
  /** Collects the update records. */
  records?: UpdateRecord[] | undefined;
  /** Sends an indexed page to Pagefind. */
  add?: (page: BuiltPage) => Promise<void>;
}

/**
 * Reads the pages a batch at a time and gives each indexed page (data-pagefind-body, with
 * its article filter) to `sink` in path order; returns how many there were. Pagefind
 * indexes one batch in its own process while the next is read and its records collected.
 */
async function sendPages(dir: string, only: readonly string[] | undefined, sink: PageSink): Promise<number> {
  const seen = new Set<string>();
  let pages = 0;
  let indexing: Promise<void>[] = [];
  for await (const batch of readBuiltPages(dir, only)) {
    const indexed = batch
      .filter((page) => page.html.includes('data-pagefind-body'))
      .map((page) => ({ path: page.path, html: withArticleFilter(page.html, page.path) }));
    for (const page of indexed) sink.digest?.update(`${page.path}\0${page.html}\0`);
    const added = sink.add ? indexed.map(sink.add) : [];
    pages += indexed.length;
    if (sink.records) for (const page of batch) sink.records.push(...updateRecordsOf(page, seen));
    await Promise.all(indexing);
    indexing = added;
  }
  await Promise.all(indexing);
  // Only pages marked data-pagefind-body are results; without any, Pagefind would index
  // every page whole (menus, lists): refuse instead.
  if (pages === 0) {
    throw new SearchIndexError('Search index: no page has data-pagefind-body (the article pages should).');
  }
  return pages;
}

/** Pagefind's version and settings: part of what its bundle is made from. */
function inputDigest(language: string, only: readonly string[] | undefined): Hash {
  const settings = { format: 1, pagefind: pagefindVersion(), language, exclude: EXCLUDE_FROM_ARTICLES, only };
  return createHash('sha256').update(`${JSON.stringify(settings)}\0`);
}

/** The digest of everything Pagefind was given: settings, pages, then records, in order. */
function digestRecords(digest: Hash, records: readonly UpdateRecord[]): string {
  for (const record of records) digest.update(`${JSON.stringify(record)}\0`);
  return digest.digest('hex');
}

let version: string | undefined;
function pagefindVersion(): string {
  const manifest = new URL('../package.json', import.meta.resolve('pagefind'));
  version ??= (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version;
  return version;
}

