// The tree-based update-record extraction (a parse5 parse of each update's markup), kept as
// the reference the string version in scripts/search-index.ts is checked against.
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import { EXIT, SKIP, visit } from 'unist-util-visit';
import type { UpdateRecord } from '../../scripts/search-pages.ts';

/** The records of a site's pages (path relative to the site, HTML), pages in path order. */
export function referenceUpdateRecords(pages: readonly { path: string; html: string }[]): UpdateRecord[] {
  const seen = new Set<string>();
  const records: UpdateRecord[] = [];
  for (const { path, html } of pages) {
    if (!html.includes('data-pagefind-body') && !html.includes('data-search-updates')) continue;
    const pageUrl = `/${path.replace(/(^|\/)index\.html$/, '$1')}`;
    const articleSlug = /^articles\/([^/]+)\//.exec(path)?.[1] ?? pageUrl;
    for (const update of updatesIn(fromHtml(updateMarkup(html), { fragment: true }))) {
      const key = `${articleSlug}#${update.id}`;
      if (seen.has(key)) continue;
      seen.add(key);
      records.push({ ...update.record, url: `${pageUrl}#${update.id}` });
    }
  }
  return records;
}
function updateMarkup(html: string): string {
  const parts: string[] = [];
  const h1 = html.indexOf('<h1');
  if (h1 !== -1) parts.push(html.slice(h1, html.indexOf('</h1>', h1) + '</h1>'.length));
  for (const start of html.matchAll(/<article class="update"[\s>]/g)) {
    const end = html.indexOf('</article>', start.index);
    if (end !== -1) parts.push(html.slice(start.index, end + '</article>'.length));
  }
  return parts.join('\n');
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
      return undefined;
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
    // Nothing inside an update is another update or the article's title.
    return SKIP;
  });
  for (const update of found) update.record.article = articleTitle;
  return found;
}

function find(root: Element, test: (node: Element) => boolean): Element | undefined {
  let match: Element | undefined;
  visit(root, 'element', (node: Element) => {
    if (node === root || !test(node)) return undefined;
    match = node;
    return EXIT;
  });
  return match;
}

const flat = (text: string) => text.replace(/\s+/g, ' ').trim();
