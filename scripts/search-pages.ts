// Reading the built site for the search index: the article pages Pagefind indexes whole
// (data-pagefind-body) and one record per live update, taken from the pages as text.
import { decodeHTML } from 'entities';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { attributesOf, innerHtmlOf, TAG_AT_START } from '../src/model/html-tags.ts';
import { mapInBatches } from '../src/model/in-batches.ts';
import { htmlToPlainText } from '../src/model/plain-text.ts';
import { listFiles } from './site-files.ts';

export interface UpdateRecord {
  /** Site-relative URL with the update's id, e.g. "/articles/x/#update-y" (Pagefind adds the base). */
  url: string;
  title: string;
  article: string;
  content: string;
}

/** A built HTML page: its path relative to the site folder ("articles/x/index.html") and its text. */
export interface BuiltPage {
  path: string;
  html: string;
}

/** One page's records (see collectUpdateRecords); `seen` holds the updates of pages before it. */
export function updateRecordsOf({ path, html }: BuiltPage, seen: Set<string>): UpdateRecord[] {
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
export function articleSlugOf(path: string): string {
  return /^articles\/([^/]+)\//.exec(path)?.[1] ?? '';
}

/**
 * The page as Pagefind reads it: with its article's slug as a filter in <head> (Pagefind
 * reads filters outside data-pagefind-body too). Slugs are [a-z0-9-] (SLUG_PATTERN).
 */
export function withArticleFilter(html: string, path: string): string {
  const meta = `<meta data-pagefind-filter="article[content]" content="${articleSlugOf(path)}">`;
  return html.includes('</head>') ? html.replace('</head>', `${meta}</head>`) : meta + html;
}

/** Files read at once. */
const BATCH = 64;

/** The HTML files of the site's articles (or of `only`) but the permalink redirects, in path order, by article. */
export async function articleFiles(dir: string, only?: readonly string[]): Promise<Map<string, string[]>> {
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
  // An article's files are next to each other in path order ("articles/<slug>/...").
  return Map.groupBy(paths, articleSlugOf);
}

/** The files' text, a batch at a time, in their order. */
export async function readPages(dir: string, paths: readonly string[]): Promise<BuiltPage[]> {
  const texts = await mapInBatches(paths, BATCH, (path) => readFile(join(dir, path), 'utf8'));
  return paths.map((path, i) => ({ path, html: texts[i]! }));
}

/**
 * One record per live update (`<article class="update" id>`) on the article pages
 * (marked data-pagefind-body, or data-search-updates on older pages of live coverage,
 * which are not results of their own). An update shown on two pages keeps the first
 * found in path order: the main page comes before older pages.
 */
export async function collectUpdateRecords(dir: string): Promise<UpdateRecord[]> {
  const records: UpdateRecord[] = [];
  for (const paths of (await articleFiles(dir)).values()) {
    const seen = new Set<string>();
    for (const page of await readPages(dir, paths)) records.push(...updateRecordsOf(page, seen));
  }
  return records;
}
