import { isUnifiedProcessor, parseFrontmatter } from '@astrojs/markdown-remark';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import config from '../../../astro.config.mjs';
import { createRandom } from '../../../scripts/bench/prng.ts';
import { makeBody } from '../../../scripts/bench/news-text.ts';
import { absolutizeHtml } from '../../../src/model/absolute-html.ts';
import { htmlToPlainText } from '../../../src/model/plain-text.ts';
import {
  absolutizeByTree as referenceAbsoluteHtml,
  plainTextByTree as referencePlainText,
} from '../../../src/model/html-tree.ts';
import { PAYLOADS_FILE, type Payload } from '../../helpers/hostile-content.ts';
import { projectRoot } from '../../helpers/temp-site.ts';

/** Every body the site could show: the project's content, the test fixtures, hostile payloads, bench news copy. */
const bodies: { name: string; html: string }[] = [];

async function markdownFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.md')).map((e) => join(e.parentPath, e.name));
}

beforeAll(async () => {
  const processor = config.markdown?.processor;
  if (!processor || !isUnifiedProcessor(processor)) throw new Error('astro.config.mjs must select unified()');
  const renderer = await processor.createRenderer({ syntaxHighlight: false });
  const render = async (name: string, text: string, path = join(projectRoot, 'content/x/updates/u.md')) => {
    const { content } = parseFrontmatter(text);
    bodies.push({ name, html: (await renderer.render(content, { fileURL: pathToFileURL(path) })).code });
  };
  const files = [
    ...(await markdownFiles(join(projectRoot, 'content'))),
    ...(await markdownFiles(join(projectRoot, 'tests/fixtures'))),
  ];
  for (const file of files) await render(file, await readFile(file, 'utf8'), file);
  const payloads = JSON.parse(await readFile(PAYLOADS_FILE, 'utf8')) as Payload[];
  for (const [i, p] of payloads.entries()) await render(`payload ${i}: ${p.category}`, p.payload);
  const random = createRandom(11);
  for (let i = 0; i < 300; i++) await render(`news ${i}`, makeBody(random, random.int(1, 4)));
  // Hand-written cases the renderer above does not produce on its own.
  bodies.push(
    { name: 'ruby', html: '<p><ruby>漢<rp>(</rp><rt>kan</rt><rp>)</rp></ruby>字</p>' },
    { name: 'table', html: '<table><tr><td>a</td><td>b</td></tr><tr><th>c</th></tr></table>' },
    { name: 'breaks', html: '<p>a<br>b<hr>c</p><ul><li>d</li><li>e</li></ul>' },
    {
      name: 'addresses in srcset and poster only',
      html: '<picture><source srcset="a.webp 1x, /b.webp 2x"><img src="c.jpg" alt=""></picture><video poster="p.jpg"></video>',
    },
    { name: 'bidi marks', html: '<p>Name\u200F with RLM \u202Eand more\u202C</p>' },
    { name: 'bidi marks in preformatted text', html: '<p>a\u200F</p><pre>\u200Fkept</pre>' },
    { name: 'zero-width space at a line break', html: '<p>a\u200B\nb and c \n\u200Bd</p>' },
    { name: 'table without white space', html: 'x<table><tr><td>a</td></tr></table>y' },
    {
      name: 'table with white space',
      html: '<p>x</p>\n<table>\n<thead>\n<tr>\n<th>a</th>\n<th>b</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td>c</td>\n<td>d</td>\n</tr>\n</tbody>\n</table>\n<p>y</p>',
    },
    {
      name: 'hidden and dialogs',
      html: '<p>a<span hidden>b</span>c<dialog>d</dialog><dialog open>e</dialog></p>',
    },
    { name: 'pre', html: '<p>a</p><pre><code>  b\n   c</code></pre>' },
    {
      name: 'HTML the scanner does not recognise',
      html: '<p data-x=a"b>text <a title=a"b href="u">u</a></p>',
    },
    { name: 'entities', html: '<p>&amp;amp; &#x26; &lt; &#60; &nbsp;x &copy; &notit; &amp</p>' },
  );
});

describe('the string versions of the HTML helpers give what the tree versions give', () => {
  it('covers many bodies with links, photos and markup', () => {
    expect(bodies.length).toBeGreaterThan(500);
    expect(bodies.filter((b) => /\shref="/.test(b.html)).length).toBeGreaterThan(50);
  });

  it('htmlToPlainText', () => {
    for (const { name, html } of bodies) expect(htmlToPlainText(html), name).toBe(referencePlainText(html));
  });

  it('absolutizeHtml: the same document once parsed (the text between tags is kept as written)', () => {
    // The tree version writes the whole fragment again, so it also moves what the HTML parser
    // moves (a table out of a paragraph); parsing the string version's output does the same.
    const parsed = (html: string) => toHtml(fromHtml(html, { fragment: true }));
    let unchanged = 0;
    for (const page of ['https://n.example/articles/a/', 'https://n.example/live-news/articles/b/'])
      for (const { name, html } of bodies) {
        const fast = absolutizeHtml(html, page);
        const reference = referenceAbsoluteHtml(html, page);
        expect(parsed(fast), name).toBe(reference);
        if (fast === reference) unchanged++;
      }
    expect(unchanged).toBeGreaterThan(bodies.length * 2 * 0.95);
  });
});
