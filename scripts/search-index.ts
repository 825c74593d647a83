// Full-text search: Pagefind indexes the built site (articles, via data-pagefind-body)
// and every live update as its own record pointing at the update's place on the page,
// so a search for a phrase from an update opens that update, not the top of the article.
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import * as pagefind from 'pagefind';
import { visit } from 'unist-util-visit';

/** Update copies and the updates themselves are indexed as update records, not as part of the article. */
export const EXCLUDE_FROM_ARTICLES = ['article.update', '.pinned-update'];

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

/** Writes the Pagefind bundle into `<dir>/pagefind/`; throws SearchIndexError with Pagefind's own words. */
export async function indexSite(dir: string, language: string): Promise<{ pages: number; updates: number }> {
  const fail = (step: string, errors: readonly string[]) => {
    if (errors.length > 0)
      throw new SearchIndexError(`Search index: ${step} failed:\n  ${errors.join('\n  ')}`);
  };
  try {
    const created = await pagefind.createIndex({
      forceLanguage: language,
      excludeSelectors: EXCLUDE_FROM_ARTICLES,
    });
    fail('starting Pagefind', created.errors);
    const index = created.index;
    if (!index) throw new SearchIndexError('Search index: Pagefind did not start.');
    // Pagefind reads the pages in its own process while the update records are collected here.
    const [added, records] = await Promise.all([
      index.addDirectory({ path: dir }),
      collectUpdateRecords(dir),
    ]);
    fail('reading the built pages', added.errors);
    // Without any marked page Pagefind would index every page whole (menus, lists): refuse instead.
    const articles = await countArticlePages(dir);
    if (articles === 0) {
      throw new SearchIndexError('Search index: no page has data-pagefind-body (the article pages should).');
    }
    // Sent all at once, Pagefind queues them in order (the same index) without a round trip each.
    const results = await Promise.all(
      records.map((record) =>
        index.addCustomRecord({
          url: record.url,
          content: record.content,
          language,
          meta: { title: record.title, article: record.article },
        }),
      ),
    );
    results.forEach((result, i) => fail(`adding ${records[i]!.url}`, result.errors));
    fail('writing the index', (await index.writeFiles({ outputPath: join(dir, 'pagefind') })).errors);
    return { pages: articles, updates: records.length };
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
  const seen = new Set<string>();
  const records: UpdateRecord[] = [];
  for (const file of (await listHtml(dir)).sort()) {
    const html = await readFile(file, 'utf8');
    if (!html.includes('data-pagefind-body') && !html.includes('data-search-updates')) continue;
    const path = relative(dir, file).split(sep).join('/');
    const pageUrl = `/${path.replace(/(^|\/)index\.html$/, '$1')}`;
    const articleSlug = /^articles\/([^/]+)\//.exec(path)?.[1] ?? pageUrl;
    for (const update of updatesIn(fromHtml(html))) {
      const key = `${articleSlug}#${update.id}`;
      if (seen.has(key)) continue;
      seen.add(key);
      records.push({ ...update.record, url: `${pageUrl}#${update.id}` });
    }
  }
  return records;
}

async function countArticlePages(dir: string): Promise<number> {
  let count = 0;
  for (const file of await listHtml(dir))
    if ((await readFile(file, 'utf8')).includes('data-pagefind-body')) count++;
  return count;
}

function updatesIn(tree: Root) {
  let articleTitle = '';
  const found: { id: string; record: Omit<UpdateRecord, 'url'> }[] = [];
  visit(tree, 'element', (node: Element) => {
    if (node.tagName === 'h1' && !articleTitle) articleTitle = flat(toText(node));
    const classes = node.properties.className;
    const id = node.properties.id;
    if (
      node.tagName !== 'article' ||
      typeof id !== 'string' ||
      !Array.isArray(classes) ||
      !classes.includes('update')
    )
      return;
    const heading = find(node, (n) => n.tagName === 'h2');
    const time = find(node, (n) => n.tagName === 'time');
    const body = find(
      node,
      (n) => Array.isArray(n.properties.className) && n.properties.className.includes('update-body'),
    );
    found.push({
      id,
      record: {
        title: heading ? flat(toText(heading)) : `Update, ${time ? flat(toText(time)) : id}`,
        article: '',
        content: flat(
          [heading, body ?? node]
            .filter(Boolean)
            .map((n) => toText(n!))
            .join(' '),
        ),
      },
    });
  });
  for (const update of found) update.record.article = articleTitle;
  return found;
}

function find(root: Element, test: (node: Element) => boolean): Element | undefined {
  let match: Element | undefined;
  visit(root, 'element', (node: Element) => {
    if (match || node === root || !test(node)) return;
    match = node;
  });
  return match;
}

const flat = (text: string) => text.replace(/\s+/g, ' ').trim();

async function listHtml(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => join(e.parentPath, e.name));
}
