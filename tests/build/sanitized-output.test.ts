import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Element, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { visit } from 'unist-util-visit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectUpdateRecords } from '../../scripts/search-pages.ts';
import { listFiles } from '../../scripts/site-files.ts';
import { referenceUpdateRecords } from '../helpers/search-records-reference.ts';
import { dangersIn, parseHtml } from '../helpers/html-dangers.ts';
import { makeTempSite, projectRoot, type TempSite } from '../helpers/temp-site.ts';

/**
 * Proves on the built page, not only in unit tests, that hostile HTML in Markdown
 * bodies is cleaned and harmless HTML survives (tests/fixtures/hostile-basic/).
 */
let site: TempSite;
let page: Root;
let pageHtml: string;

beforeAll(async () => {
  site = await makeTempSite('hostile', [
    join(projectRoot, 'content'),
    join(projectRoot, 'tests/fixtures/hostile-basic'),
  ]);
  const result = await site.build();
  if (result.code !== 0) throw new Error(`The hostile fixture did not build:\n${result.output}`);
  pageHtml = await readFile(join(site.distDir, 'articles/fixture-hostile-html/index.html'), 'utf8');
  page = parseHtml(pageHtml);
});

afterAll(async () => {
  await site?.cleanup();
});

/** The element matching `test`; fails the test when there is none. */
function find(tree: Root | Element, test: (node: Element) => boolean): Element {
  let found: Element | undefined;
  visit(tree, 'element', (node: Element) => {
    if (!found && test(node)) found = node;
  });
  if (!found) throw new Error('element not found in the built page');
  return found;
}

const hasClass = (node: Element, name: string) =>
  Array.isArray(node.properties.className) && node.properties.className.includes(name);

const updateBody = () =>
  find(
    find(page, (n) => n.properties.id === 'update-hostile'),
    (n) => hasClass(n, 'update-body'),
  );
const introBody = () => find(page, (n) => hasClass(n, 'article-body'));

/** Every element on a page that holds a rendered Markdown body. */
function bodiesIn(tree: Root): Element[] {
  const bodies: Element[] = [];
  visit(tree, 'element', (node: Element) => {
    if (hasClass(node, 'update-body') || hasClass(node, 'article-body')) bodies.push(node);
  });
  return bodies;
}

describe('the built page of an article with hostile HTML', () => {
  it('has cleaned the update body and the introduction', () => {
    expect(dangersIn(updateBody())).toEqual([]);
    expect(dangersIn(introBody())).toEqual([]);
  });

  it('keeps no trace of the attacks anywhere on the page', () => {
    // Attribute values are where a payload could act: none mentions it.
    visit(page, 'element', (node: Element) => {
      for (const value of Object.values(node.properties)) {
        expect(String(value)).not.toMatch(/pwned|evil\.example|javascript:|vbscript:/i);
      }
      // The only scripts are the site's own files and JSON-LD data.
      if (node.tagName === 'script') {
        const { src, type } = node.properties;
        expect(typeof src === 'string' ? src.startsWith('/') : type === 'application/ld+json').toBe(true);
      }
      expect(['iframe', 'object', 'embed', 'svg', 'math', 'form', 'base']).not.toContain(node.tagName);
      // The site's own CSP is the only http-equiv; the injected refresh is gone.
      if (node.tagName === 'meta') expect(String(node.properties.httpEquiv ?? '')).not.toMatch(/refresh/i);
    });
    expect(pageHtml).not.toMatch(/<[a-z][^<>]*\son[a-z]+\s*=/i);
    expect(pageHtml).not.toMatch(/window\.pwned|evil\.example/);
  });

  it('has cleaned the bodies on every page of the article (live pages, update permalinks)', async () => {
    const dir = join(site.distDir, 'articles/fixture-hostile-html');
    const pages = (await readdir(dir, { recursive: true })).filter((name) => name.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(1);
    let bodies = 0;
    for (const name of pages) {
      for (const body of bodiesIn(parseHtml(await readFile(join(dir, name), 'utf8')))) {
        bodies++;
        expect(dangersIn(body), name).toEqual([]);
      }
    }
    expect(bodies).toBeGreaterThanOrEqual(pages.length);
  });

  it('serves the same cleaned HTML in the JSON feed', async () => {
    const feed = JSON.parse(
      await readFile(join(site.distDir, 'articles/fixture-hostile-html/feed.json'), 'utf8'),
    ) as { items: { content_html?: string }[] };
    const html = feed.items.map((item) => item.content_html ?? '').join('\n');
    expect(html).toContain('H<sub>2</sub>O');
    expect(dangersIn(parseHtml(html))).toEqual([]);
    expect(html).not.toMatch(/pwned\(|evil\.example|<script/i);
  });

  it('keeps the harmless HTML of the update', () => {
    const html = toHtml(updateBody());
    expect(html).toContain('H<sub>2</sub>O');
    expect(html).toContain('x<sup>2</sup>');
    expect(html).toContain('<kbd>Ctrl</kbd>');
    expect(html).toContain('<time datetime="2024-03-24">24 March</time>');
    expect(html).toMatch(/<blockquote>\s*<p>A quoted line kept\.<\/p>\s*<\/blockquote>/);
    expect(html).toMatch(/<table>[\s\S]*<th>Kept<\/th>[\s\S]*<td>1<\/td>/);
    expect(html).toContain('<h3 id="user-content-hostile-a-body-heading">A body heading</h3>');
    expect(html).toContain(
      '<p id="user-content-hostile-location">Paragraph kept without handler, style or bare id.</p>',
    );
    expect(html).toContain('<a href="https://example.org/">External link kept</a>');
    expect(html).toContain('<a>js link</a>');
    expect(html).toContain('<details open><summary>Details kept</summary>Without the handler.</details>');
    const intro = toHtml(introBody());
    expect(intro).toContain('H<sub>2</sub>O');
    expect(intro).toContain('<p>Intro paragraph kept without its handler.</p>');
    expect(intro).toContain('<a>Intro link</a>');
  });

  it('keeps the one h1 of the page: body headings are demoted', () => {
    const headings: string[] = [];
    visit(page, 'element', (node: Element) => {
      if (node.tagName === 'h1') headings.push(toHtml(node));
    });
    expect(headings).toHaveLength(1);
    expect(headings[0]).toContain('Fixture with hostile and harmless HTML');
  });
});

describe('search records of the built site', () => {
  it('read from the page text are the ones a full HTML parse finds, hostile bodies included', async () => {
    const paths = (await listFiles(site.distDir)).filter((p) => p.endsWith('.html')).sort();
    const pages = await Promise.all(
      paths.map(async (path) => ({ path, html: await readFile(join(site.distDir, path), 'utf8') })),
    );
    const records = await collectUpdateRecords(site.distDir);
    expect(records.some((r) => r.url.includes('fixture-hostile-html'))).toBe(true);
    expect(records).toEqual(referenceUpdateRecords(pages));
  });
});
