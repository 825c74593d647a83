// Full-text search: Pagefind indexes the built site (articles, via data-pagefind-body)
// and every live update as its own record pointing at the update's place on the page,
// so a search for a phrase from an update opens that update, not the top of the article.
import { decodeHTML } from 'entities';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { attributesOf, innerHtmlOf, TAG_AT_START } from '../src/model/html-tags.ts';
import { mapInBatches } from '../src/model/in-batches.ts';
import { htmlToPlainText } from '../src/model/plain-text.ts';
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
  /** The Pagefind bundle, paths relative to its folder (e.g. "fragment/en_1a2b3c4.pf_fragment"). */
  files: { path: string; content: Uint8Array }[];
  pages: number;
  updates: number;
}

/**
 * Indexes the site built in `dir` and returns the bundle without writing it: every
 * article, or only `only` (the recent-changes index after a publish: scripts/search-recent.ts).
 * Each record carries its article's slug as the filter `article`, by which the search page
 * leaves out the main index's records of an article the recent index holds anew.
 */
export async function buildSearchIndex(
  dir: string,
  language: string,
  only?: readonly string[],
): Promise<SearchIndex> {
  const fail = (step: string, errors: readonly string[]) => {
    if (errors.length > 0)
      throw new SearchIndexError(`Search index: ${step} failed:\n  ${errors.join('\n  ')}`);
  };
  const pages = await readBuiltPages(dir, only);
  // Only pages marked data-pagefind-body are results; without any, Pagefind would index
  // every page whole (menus, lists): refuse instead.
  const articles = pages.filter((page) => page.html.includes('data-pagefind-body'));
  if (articles.length === 0) {
    throw new SearchIndexError('Search index: no page has data-pagefind-body (the article pages should).');
  }
  try {
    const created = await pagefind.createIndex({
      forceLanguage: language,
      excludeSelectors: EXCLUDE_FROM_ARTICLES,
    });
    fail('starting Pagefind', created.errors);
    const index = created.index;
    if (!index) throw new SearchIndexError('Search index: Pagefind did not start.');
    // Pagefind indexes the article pages in its own process while the update records are
    // collected here; everything is sent at once, and Pagefind queues it in order.
    const added = Promise.all(
      articles.map((page) =>
        index.addHTMLFile({ sourcePath: page.path, content: withArticleFilter(page.html, page.path) }),
      ),
    );
    // Each page's records are sent as soon as they are read, so Pagefind (in its own
    // process) indexes them while the next pages are parsed here.
    const records: UpdateRecord[] = [];
    const sent: ReturnType<typeof index.addCustomRecord>[] = [];
    for (const found of updateRecordsByPage(pages)) {
      for (const record of found) {
        records.push(record);
        sent.push(
          index.addCustomRecord({
            url: record.url,
            content: record.content,
            language,
            meta: { title: record.title, article: record.article },
            filters: { article: [articleSlugOf(record.url.slice(1))] },
          }),
        );
      }
      await new Promise((resolve) => setImmediate(resolve));
    }
    const results = await Promise.all(sent);
    (await added).forEach((result, i) => fail(`reading ${articles[i]!.path}`, result.errors));
    results.forEach((result, i) => fail(`adding ${records[i]!.url}`, result.errors));
    const bundle = await index.getFiles();
    fail('writing the index', bundle.errors);
    return { files: bundle.files, pages: articles.length, updates: records.length };
  } finally {
    await pagefind.close();
  }
}

/**
 * One record per live update (`<article class="update" id>`) on the article pages
 * (marked data-pagefind-body, or data-search-updates on older pages of live coverage,
 * which are not results of their own). An update shown on two pages keeps the first
 * found in path order: the main page comes before older pages.
 */
export async function collectUpdateRecords(dir: string): Promise<UpdateRecord[]> {
  return [...updateRecordsByPage(await readBuiltPages(dir))].flat();
}

/** The records page by page, in path order (see collectUpdateRecords). */
function* updateRecordsByPage(pages: readonly BuiltPage[]): Generator<UpdateRecord[]> {
  const seen = new Set<string>();
  for (const { path, html } of pages) {
    const records: UpdateRecord[] = [];
    if (!html.includes('data-pagefind-body') && !html.includes('data-search-updates')) continue;
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
    yield records;
  }
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

/** Update permalink pages only redirect: thousands of tiny files with nothing to index. */
const PERMALINK_PAGE = /^articles\/[^/]+\/updates\//;
/** Files read at once. */
const BATCH = 64;

/** Every HTML page of the site's articles (or of `only`) but the permalink redirects, in path order. */
async function readBuiltPages(dir: string, only?: readonly string[]): Promise<BuiltPage[]> {
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
  const texts = await mapInBatches(paths, BATCH, (path) => readFile(join(dir, path), 'utf8'));
  return paths.map((path, i) => ({ path, html: texts[i]! }));
}
