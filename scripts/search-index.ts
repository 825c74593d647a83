// Full-text search: Pagefind indexes the built site (articles, via data-pagefind-body)
// and every live update as its own record pointing at the update's place on the page,
// so a search for a phrase from an update opens that update, not the top of the article.
import { decodeHTML } from 'entities';
import { createHash, type Hash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { attributesOf, innerHtmlOf, TAG_AT_START } from '../src/model/html-tags.ts';
import { htmlToPlainText } from '../src/model/plain-text.ts';
import { PAGEFIND_STOPPED, unlessPagefindStops } from './pagefind-stopped.ts';
import { listFiles } from './site-files.ts';

/** Update copies and the updates themselves are indexed as update records, not as part of the article. */
const EXCLUDE_FROM_ARTICLES = ['article.update', '.pinned-update'];

export interface UpdateRecord {
  /** Site-relative URL with the update's id, e.g. "/articles/x/#update-y" (Pagefind adds the base). */
  url: string;
  title: string;
  article: string;
  content: string;
}

export class SearchIndexError extends Error {
  override name = 'SearchIndexError';
}

/** A built HTML page: its path relative to the site folder ("articles/x/index.html") and its text. */
interface BuiltPage {
  path: string;
  html: string;
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

/**
 * One record per live update (`<article class="update" id>`) on the article pages
 * (marked data-pagefind-body, or data-search-updates on older pages of live coverage,
 * which are not results of their own). An update shown on two pages keeps the first
 * found in path order: the main page comes before older pages.
 */
export async function collectUpdateRecords(dir: string): Promise<UpdateRecord[]> {
  const seen = new Set<string>();
  const records: UpdateRecord[] = [];
  for await (const batch of readBuiltPages(dir))
    for (const page of batch) records.push(...updateRecordsOf(page, seen));
  return records;
}

/** One page's records (see collectUpdateRecords); `seen` holds the updates of pages before it. */
function updateRecordsOf({ path, html }: BuiltPage, seen: Set<string>): UpdateRecord[] {
  const records: UpdateRecord[] = [];
  if (!html.includes('data-pagefind-body') && !html.includes('data-search-updates')) return records;
  const pageUrl = `/${path.replace(/(^|\/)index\.html$/, '$1')}`;
  const articleSlug = /^articles\/([^/]+)\//.exec(path)?.[1] ?? pageUrl;
  const h1 = innerHtmlOf(html, 'h1');
  const article = h1 === undefined ? '' : htmlToPlainText(h1);
  for (const update of updatesIn(html)) {
    const key = `${articleSlug}#${update.id}`;
    if (seen.has(key)) continue;
    seen.add(key);
    records.push({ ...update.record, article, url: `${pageUrl}#${update.id}` });
  }
  return records;
}

/**
 * Each `<article class="update" id>` of a page (it ends at the first `</article>` after
 * it: update bodies never hold an <article>, the sanitizer does not allow one), read as
 * text without parsing the page: its title is its first <h2> (or its first <time>), its
 * content that heading and its `update-body`. Pages are our own templates' output, in
 * the form hast-util-to-html writes (src/model/html-tags.ts).
 */
function* updatesIn(html: string) {
  for (const start of html.matchAll(/<article class="update"[\s>]/g)) {
    const end = html.indexOf('</article>', start.index);
    if (end === -1) continue;
    const markup = html.slice(start.index, end + '</article>'.length);
    const startTag = TAG_AT_START.exec(markup)?.[0] ?? '';
    const id = attributesOf(startTag).get('id');
    if (id === undefined) continue;
    const inner = markup.slice(startTag.length, -'</article>'.length);
    const heading = innerHtmlOf(inner, 'h2');
    const time = innerHtmlOf(inner, 'time');
    const body = innerHtmlOf(inner, 'div', (tag) =>
      (attributesOf(tag).get('class') ?? '').split(/\s+/).includes('update-body'),
    );
    const text = (part: string | undefined) => (part === undefined ? '' : htmlToPlainText(part));
    yield {
      id: decodeHTML(id),
      record: {
        title:
          heading !== undefined
            ? text(heading)
            : `Update, ${time !== undefined ? text(time) : decodeHTML(id)}`,
        content: [text(heading), body !== undefined ? text(body) : text(inner)].join(' ').trim(),
      },
    };
  }
}

/** Update permalink pages only redirect: thousands of tiny files with nothing to index. */
const PERMALINK_PAGE = /^articles\/[^/]+\/updates\//;
/** The article a page belongs to, from its path ("articles/<slug>/..."). */
function articleSlugOf(path: string): string {
  return /^articles\/([^/]+)\//.exec(path)?.[1] ?? '';
}

/**
 * The page as Pagefind reads it: with its article's slug as a filter in <head> (Pagefind
 * reads filters outside data-pagefind-body too). Slugs are [a-z0-9-] (SLUG_PATTERN).
 */
function withArticleFilter(html: string, path: string): string {
  const meta = `<meta data-pagefind-filter="article[content]" content="${articleSlugOf(path)}">`;
  return html.includes('</head>') ? html.replace('</head>', `${meta}</head>`) : meta + html;
}

/** Files read at once. */
const BATCH = 64;

/** Every HTML page of the site's articles (or of `only`) but the permalink redirects, in path order, a batch at a time. */
async function* readBuiltPages(dir: string, only?: readonly string[]): AsyncGenerator<BuiltPage[]> {
  // Only article pages and their older pages hold anything to index. Listing articles/
  // alone also keeps clear of folders Astro is still removing when the index starts
  // during a build (its prerender folder: scripts/search-during-build.ts).
  const folders = only?.map((slug) => `articles/${slug}`) ?? ['articles'];
  const listed = await Promise.all(
    folders.map(async (folder) => (await listFiles(join(dir, folder))).map((path) => `${folder}/${path}`)),
  );
  const paths = listed
    .flat()
    .filter((path) => path.endsWith('.html') && !PERMALINK_PAGE.test(path))
    .sort();
  for (let i = 0; i < paths.length; i += BATCH) {
    const batch = paths.slice(i, i + BATCH);
    const texts = await Promise.all(batch.map((path) => readFile(join(dir, path), 'utf8')));
    yield batch.map((path, j) => ({ path, html: texts[j]! }));
  }
}
