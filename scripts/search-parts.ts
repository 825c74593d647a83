// The search index's input in parts of whole articles: what each article gives Pagefind (its
// pages and update records, scripts/search-pages.ts) and the digest of it, read from the built
// site or taken from the last build's record when the article's files are the very same.
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { pageIdentity } from '../src/loaders/reuse-stamps.ts';
import {
  articleFiles,
  readPages,
  updateRecordsOf,
  withArticleFilter,
  type BuiltPage,
  type UpdateRecord,
} from './search-pages.ts';

/** Files of articles not known to the record read together (readPages reads as many at once). */
const BATCH = 64;

/** What the index takes from one article: its pages (data-pagefind-body) and its update records. */
export interface ArticleContent {
  /** Each with its article filter (withArticleFilter). */
  pages: BuiltPage[];
  records: UpdateRecord[];
}

/**
 * One article as the search index sees it: the HTML files it was read from, each with its
 * identity (`pageIdentity`: a file, not its bytes), how many pages and records it gives, and
 * the digest of them. A full build records these (scripts/search-reuse.ts), so that the next
 * one takes an article whose files are the very same from the record instead of reading them.
 */
export interface ArticleSummary {
  slug: string;
  files: { path: string; identity: string | undefined }[];
  pages: number;
  records: number;
  digest: string;
}

/** An article of a part; `content` only when it was read (not taken from the record). */
export interface SearchArticle extends ArticleSummary {
  content?: ArticleContent;
}

/** What the last full build recorded of its articles (scripts/search-reuse.ts), by slug. */
export type KnownArticles = ReadonlyMap<string, Omit<ArticleSummary, 'slug'>>;

/** The article's pages and records from its HTML files (in path order), how many, and their digest. */
function readArticle(pages: BuiltPage[]): Omit<SearchArticle, 'slug' | 'files'> {
  const content: ArticleContent = { pages: [], records: [] };
  const seen = new Set<string>();
  for (const page of pages) {
    if (page.html.includes('data-pagefind-body'))
      content.pages.push({ path: page.path, html: withArticleFilter(page.html, page.path) });
    content.records.push(...updateRecordsOf(page, seen));
  }
  return {
    content,
    pages: content.pages.length,
    records: content.records.length,
    digest: contentDigest(content),
  };
}

/** The digest of everything an article gives Pagefind, in the order it is given: pages, then records. */
function contentDigest({ pages, records }: ArticleContent): string {
  const digest = createHash('sha256');
  for (const page of pages) digest.update(`${page.path}\0${page.html}\0`);
  for (const record of records) digest.update(`${JSON.stringify(record)}\0`);
  return digest.digest('hex');
}

/**
 * Every article, in path order: one whose files are those `known` records (the same paths,
 * each the same file) is taken from it unread; any other is read, about a batch of files at a time.
 */
async function* readArticles(
  dir: string,
  only: readonly string[] | undefined,
  known: KnownArticles | undefined,
): AsyncGenerator<SearchArticle> {
  let waiting: { slug: string; files: ArticleSummary['files'] }[] = [];
  const readWaiting = async () => {
    const paths = waiting.flatMap(({ files }) => files.map(({ path }) => path));
    const pages = await readPages(dir, paths);
    const read = waiting.map(({ slug, files }) => ({
      slug,
      files,
      ...readArticle(pages.splice(0, files.length)),
    }));
    waiting = [];
    return read;
  };
  for (const [slug, paths] of await articleFiles(dir, only)) {
    // The identity is taken before the file is read: a file replaced meanwhile is read again next time.
    const files = paths.map((path) => ({ path, identity: pageIdentity(join(dir, path)) }));
    const noted = known?.get(slug);
    if (noted && sameFiles(noted.files, files)) {
      yield* await readWaiting();
      yield { slug, files, pages: noted.pages, records: noted.records, digest: noted.digest };
      continue;
    }
    waiting.push({ slug, files });
    if (waiting.reduce((sum, article) => sum + article.files.length, 0) >= BATCH) yield* await readWaiting();
  }
  yield* await readWaiting();
}

function sameFiles(noted: ArticleSummary['files'], files: ArticleSummary['files']): boolean {
  return (
    noted.length === files.length &&
    files.every(
      ({ path, identity }, i) =>
        identity !== undefined && noted[i]!.path === path && noted[i]!.identity === identity,
    )
  );
}

/** What one part of the search index is made from: whole articles, in path order. */
export interface SearchPart {
  articles: SearchArticle[];
}

/**
 * The articles to index as parts of about `partRecords` records (pages and updates) each:
 * a part ends with the first article that takes it to that many, so an article is never
 * split. Articles `known` from the last build with the same files are not read
 * (readArticles); `partContent` reads them when their part has to be indexed after all.
 * A part is held in memory until the caller takes the next.
 */
export async function* readSearchParts(
  dir: string,
  only: readonly string[] | undefined,
  partRecords: number,
  known?: KnownArticles,
): AsyncGenerator<SearchPart> {
  let part: SearchArticle[] = [];
  let records = 0;
  for await (const article of readArticles(dir, only, known)) {
    if (part.length > 0 && records >= partRecords) {
      yield { articles: part };
      part = [];
      records = 0;
    }
    part.push(article);
    records += article.pages + article.records;
  }
  if (records > 0) yield { articles: part };
}

/**
 * A part's pages and records, in the order Pagefind takes them (every page, then every
 * record). Articles taken from the record are read now; a file that changed since gives its
 * article a new digest, so the part's digest is always that of what Pagefind is given.
 */
export async function partContent(dir: string, part: SearchPart): Promise<ArticleContent> {
  for (const article of part.articles) {
    if (article.content) continue;
    const pages = await readPages(
      dir,
      article.files.map(({ path }) => path),
    );
    Object.assign(article, readArticle(pages));
  }
  return {
    pages: part.articles.flatMap((article) => article.content!.pages),
    records: part.articles.flatMap((article) => article.content!.records),
  };
}

/** The article as the record keeps it: without its content. */
export const summaryOf = ({ slug, files, pages, records, digest }: SearchArticle): ArticleSummary => ({
  slug,
  files,
  pages,
  records,
  digest,
});
