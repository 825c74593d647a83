// Full-text search: Pagefind indexes the built site (articles, via data-pagefind-body)
// and every live update as its own record pointing at the update's place on the page,
// so a search for a phrase from an update opens that update, not the top of the article.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { PAGEFIND_STOPPED, unlessPagefindStops } from './pagefind-stopped.ts';
import {
  partContent,
  readSearchParts,
  summaryOf,
  type ArticleContent,
  type ArticleSummary,
  type KnownArticles,
  type SearchPart,
} from './search-parts.ts';
import { articleSlugOf } from './search-pages.ts';
import { listFiles } from './site-files.ts';
import { partFolder } from '../src/model/search-parts.ts';

/** Update copies and the updates themselves are indexed as update records, not as part of the article. */
const EXCLUDE_FROM_ARTICLES = ['article.update', '.pinned-update'];

export class SearchIndexError extends Error {
  override name = 'SearchIndexError';
}

export interface SearchIndex {
  /**
   * The Pagefind bundle's files, written into the folder the index was asked for; paths
   * relative to it (e.g. "fragment/en_1a2b3c4.pf_fragment", "part-2/pagefind-entry.json").
   */
  files: string[];
  /** The index in parts, each a bundle of its own (the first at the top of the folder). */
  parts: WrittenPart[];
  pages: number;
  updates: number;
  /** Every part was taken from the previous build: nothing had changed. */
  reused: boolean;
  /** What each article gave the index, in path order (scripts/search-reuse.ts records it). */
  articles: ArticleSummary[];
}

export interface WrittenPart {
  /** Its folder inside the bundle's: "" for the first part, then "part-2", "part-3"... */
  folder: string;
  /** Its files, relative to its folder. */
  files: string[];
  /** The digest of what it was made from (scripts/search-reuse.ts). */
  digest: string;
  /** Taken from the previous build: Pagefind would have been given the same. */
  reused: boolean;
}

/** The parts of the previous build's bundle, in order, and what each was made from (scripts/search-reuse.ts). */
export interface PreviousBundle {
  parts: PreviousPart[];
  /** Its articles, when their record is of the same code (the build key): one whose files are the same is not read again. */
  articles?: KnownArticles | undefined;
}

export interface PreviousPart {
  digest: string;
  /** Puts its files into a folder (as links: scripts/search-reuse.ts) and lists them; undefined when one is missing or changed. */
  takeInto: (folder: string) => Promise<string[] | undefined>;
}

export interface SearchIndexOptions {
  /** The folder the bundle is written to: made when missing, and should hold nothing else. */
  into: string;
  /** Only these articles (the recent-changes index after a publish). */
  only?: readonly string[] | undefined;
  /** The last build's bundle: a part Pagefind would be given the same for is taken instead. */
  previous?: PreviousBundle | undefined;
  /** Records (pages and updates) per part; PART_RECORDS when not given (commands pass partRecordsSetting()). */
  partRecords?: number | undefined;
}

/** Records per part of the index: about 1,000 articles of 40 updates, some 2 GB for Pagefind. */
export const PART_RECORDS = 40_000;

/** The part size set for this run: SEARCH_PART_RECORDS, a whole number, or PART_RECORDS. */
export function partRecordsSetting(env: NodeJS.ProcessEnv = process.env): number {
  const value = env.SEARCH_PART_RECORDS?.trim();
  if (!value) return PART_RECORDS;
  if (!/^[1-9]\d*$/.test(value))
    throw new SearchIndexError(
      `SEARCH_PART_RECORDS is "${value}": give a whole number of records per part of the search index (${PART_RECORDS} when unset).`,
    );
  return Number(value);
}

/** Which parts the search page merges into the first: `{ "parts": ["part-2/", ...] }`, beside its files. */
export const PART_LIST = 'parts.json';

/** Writes the part list of a full build's main index into its folder. */
export async function writePartList(folder: string, index: SearchIndex): Promise<void> {
  const parts = index.parts.slice(1).map((part) => `${part.folder}/`);
  await writeFile(join(folder, PART_LIST), `${JSON.stringify({ parts })}\n`);
}

/**
 * Indexes the site built in `dir` and writes the bundle into `into`, in parts of about
 * `partRecords` records (scripts/search-parts.ts): each part is its own Pagefind bundle,
 * made by its own Pagefind process, which is stopped before the next starts. Pagefind's
 * memory and time grow faster than the records it holds (4 GB at 82,000, 20 GB at
 * 410,000), so an archive of any size is indexed a part's worth at a time; the search
 * page merges the parts (mergeIndex). A site smaller than a part has one.
 * Pagefind gets a part's article pages first, then its update records, in path order
 * (the bundle depends on the order things are added), and writes the bundle itself
 * (asked for its files, it would send them in one message). Every article, or only
 * `only` (the recent-changes index after a publish: scripts/search-recent.ts). Each
 * record carries its article's slug as the filter `article`, by which the search page
 * leaves out the main index's records of an article the recent index holds anew.
 * A part whose digest is the previous build's part's is taken from it instead.
 */
export async function buildSearchIndex(
  dir: string,
  language: string,
  { into, only, previous, partRecords = PART_RECORDS }: SearchIndexOptions,
): Promise<SearchIndex> {
  await mkdir(into, { recursive: true });
  const parts: WrittenPart[] = [];
  const articles: ArticleSummary[] = [];
  let pages = 0;
  let updates = 0;
  const reading = readSearchParts(dir, only, partRecords, previous?.articles);
  // The next part is read while Pagefind indexes this one. Should Pagefind fail meanwhile,
  // a read failing later is not left unhandled: the loop's own error is the one reported.
  const read = () => {
    const promise = reading.next();
    promise.catch(() => undefined);
    return promise;
  };
  let next = read();
  for (let result = await next; !result.done; result = await next) {
    next = read();
    const part = result.value;
    const folder = partFolder(parts.length + 1);
    const written = await writePart(dir, part, join(into, folder), {
      language,
      only,
      previous: previous?.parts[parts.length],
    });
    parts.push({ folder, ...written });
    articles.push(...part.articles.map(summaryOf));
    for (const article of part.articles) {
      pages += article.pages;
      updates += article.records;
    }
  }
  // Only pages marked data-pagefind-body are results; without any, Pagefind would index
  // every page whole (menus, lists): refuse instead.
  if (pages === 0) {
    throw new SearchIndexError('Search index: no page has data-pagefind-body (the article pages should).');
  }
  return {
    files: parts.flatMap((part) => part.files.map((file) => join(part.folder, file))),
    parts,
    pages,
    updates,
    reused: parts.every((part) => part.reused),
    articles,
  };
}

/**
 * One part's bundle, written into `folder`: taken from the previous build's part when its
 * digest is the same, else indexed from the part's pages (read now when taken from the record).
 */
async function writePart(
  dir: string,
  part: SearchPart,
  folder: string,
  {
    language,
    only,
    previous,
  }: { language: string; only: readonly string[] | undefined; previous: PreviousPart | undefined },
): Promise<Omit<WrittenPart, 'folder'>> {
  await mkdir(folder, { recursive: true });
  if (previous?.digest === partDigest(part, language, only)) {
    const digest = previous.digest;
    const files = await previous.takeInto(folder);
    if (files) return { files, digest, reused: true };
    // Taking it stopped at a changed file and left part of a bundle (links to the live
    // site's files): the folder goes, and Pagefind writes into a new one, never through a
    // link. The parts are written in order, so the folder holds this part alone (the first
    // part's holds no later part yet).
    await rm(folder, { recursive: true, force: true });
    await mkdir(folder, { recursive: true });
  }
  const content = await partContent(dir, part);
  const files = await runPagefind(content, language, folder);
  return { files, digest: partDigest(part, language, only), reused: false };
}

/** Pagefind indexes the part in a process of its own, stopped when done or failed. */
async function runPagefind(part: ArticleContent, language: string, folder: string): Promise<string[]> {
  try {
    return await unlessPagefindStops(
      () => indexWithPagefind(part, language, folder),
      () => new SearchIndexError(PAGEFIND_STOPPED),
    );
  } finally {
    await pagefind.close();
  }
}

async function indexWithPagefind(part: ArticleContent, language: string, folder: string): Promise<string[]> {
  const created = await pagefind.createIndex({
    forceLanguage: language,
    excludeSelectors: EXCLUDE_FROM_ARTICLES,
  });
  fail('starting Pagefind', created.errors);
  const index = created.index;
  if (!index) throw new SearchIndexError('Search index: Pagefind did not start.');
  for (let i = 0; i < part.pages.length; i += PAGE_BATCH) {
    const batch = part.pages.slice(i, i + PAGE_BATCH);
    const results = await Promise.all(
      batch.map((page) => index.addHTMLFile({ sourcePath: page.path, content: page.html })),
    );
    results.forEach((result, j) => fail(`reading ${batch[j]!.path}`, result.errors));
  }
  // A batch at a time, in order: all at once, a part's records would wait as messages in
  // Node's pipe to Pagefind, tens of megabytes on top of the records.
  for (let i = 0; i < part.records.length; i += RECORD_BATCH) {
    const batch = part.records.slice(i, i + RECORD_BATCH);
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
  const written = await index.writeFiles({ outputPath: folder });
  fail('writing the index', written.errors);
  return listFiles(folder);
}

/** Pages and update records sent to Pagefind at once. */
const PAGE_BATCH = 64;
const RECORD_BATCH = 1024;

/** Pagefind's errors for one step, as a SearchIndexError. */
function fail(step: string, errors: readonly string[]): void {
  if (errors.length > 0)
    throw new SearchIndexError(`Search index: ${step} failed:\n  ${errors.join('\n  ')}`);
}

/**
 * The digest of everything Pagefind is given for a part: its version and settings, then
 * each article's digest (of its pages, then its records), in order. Pagefind is given every
 * page of the part and then every record, each in article order, so the same articles' digests
 * stand for the same input. The same digest gives the same bundle.
 */
function partDigest(part: SearchPart, language: string, only: readonly string[] | undefined): string {
  const settings = { format: 3, pagefind: pagefindVersion(), language, exclude: EXCLUDE_FROM_ARTICLES, only };
  const digest = createHash('sha256').update(`${JSON.stringify(settings)}\0`);
  for (const article of part.articles) digest.update(`${article.digest}\0`);
  return digest.digest('hex');
}

let version: string | undefined;
function pagefindVersion(): string {
  const manifest = new URL('../package.json', import.meta.resolve('pagefind'));
  version ??= (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version;
  return version;
}
