import { isUnifiedProcessor } from '@astrojs/markdown-remark';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import config from '../../../astro.config.mjs';
import {
  buildSearchIndex,
  PART_LIST,
  PART_RECORDS,
  partRecordsSetting,
  SearchIndexError,
  writePartList,
} from '../../../scripts/search-index.ts';
import { collectUpdateRecords } from '../../../scripts/search-pages.ts';
import { listFiles } from '../../../scripts/site-files.ts';
import { PAYLOADS_FILE, type Payload } from '../../helpers/hostile-content.ts';
import { referenceUpdateRecords } from '../../helpers/search-records-reference.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'live-news-search-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function page(path: string, body: string) {
  await mkdir(join(dir, path), { recursive: true });
  await writeFile(
    join(dir, path, 'index.html'),
    `<!doctype html><html lang="en"><body>${body}</body></html>`,
  );
}

const update = (id: string, title: string, text: string) =>
  `<article class="update" id="${id}"><header><time datetime="2024-03-24">24 March 2024</time>${
    title ? `<h2>${title}</h2>` : ''
  }</header><div class="update-body"><p>${text}</p></div></article>`;

test('one record per update on article pages, pointing at its place; the main page wins', async () => {
  await page(
    'articles/a',
    `<article data-pagefind-body><h1>Article A</h1>${update('update-x', 'Headline &amp; more', 'First text.')}${update('update-y', '', 'Second text.')}</article>`,
  );
  await page(
    'articles/a/older/1',
    `<article data-search-updates><h1>Article A</h1>${update('update-x', 'Headline', 'Copy.')}${update('update-z', '', 'Old.')}</article>`,
  );
  await page('articles/a/live', update('update-w', '', 'Polled fragment, not an article page.'));
  expect(await collectUpdateRecords(dir)).toEqual([
    {
      url: '/articles/a/#update-x',
      title: 'Headline & more',
      article: 'Article A',
      content: 'Headline & more First text.',
    },
    {
      url: '/articles/a/#update-y',
      title: 'Update, 24 March 2024',
      article: 'Article A',
      content: 'Second text.',
    },
    {
      url: '/articles/a/older/1/#update-z',
      title: 'Update, 24 March 2024',
      article: 'Article A',
      content: 'Old.',
    },
  ]);
});

test('Pagefind writes the bundle into the folder given, with every page and every update record', async () => {
  // More records than are sent to Pagefind at once (1,024): none is lost between batches.
  const updates = Array.from({ length: 1100 }, (_, i) => update(`update-${i}`, '', `Text number ${i}.`));
  await page('articles/a', `<article data-pagefind-body><h1>Article A</h1>${updates.join('')}</article>`);
  await page(
    'articles/b',
    `<article data-pagefind-body><h1>Article B</h1>${update('update-1', 'Only', 'One.')}</article>`,
  );
  const into = join(dir, 'bundle');
  const index = await buildSearchIndex(dir, 'en', { into });
  expect([index.pages, index.updates]).toEqual([2, 1101]);
  expect([...index.files].sort()).toEqual((await listFiles(into)).sort());
  expect(index.files).toContain('pagefind-entry.json');
  // One fragment per page and per record.
  expect(index.files.filter((path) => path.startsWith('fragment/'))).toHaveLength(2 + 1101);
});

test('a large site is indexed in parts of whole articles, each its own bundle', async () => {
  const updates = (n: number) =>
    Array.from({ length: n }, (_, i) => update(`update-${i}`, '', `Text ${i}.`)).join('');
  // A: a page and three updates (4 records); B and C: a page and one update (2 each).
  await page('articles/a', `<article data-pagefind-body><h1>A</h1>${updates(3)}</article>`);
  await page('articles/b', `<article data-pagefind-body><h1>B</h1>${updates(1)}</article>`);
  await page('articles/c', `<article data-pagefind-body><h1>C</h1>${updates(1)}</article>`);
  // An older page of A's coverage: its records stay in A's part.
  await page(
    'articles/a/older/1',
    `<article data-search-updates><h1>A</h1>${update('update-9', '', 'Old.')}</article>`,
  );
  const into = join(dir, 'bundle');
  const index = await buildSearchIndex(dir, 'en', { into, partRecords: 3 });
  // A takes its part past 3 records and ends it; B's 2 do not, so C joins B.
  expect(index.parts.map((part) => part.folder)).toEqual(['', 'part-2']);
  expect([index.pages, index.updates]).toEqual([3, 6]);
  const fragments = (folder: string) =>
    index.files.filter((path) => path.startsWith(folder ? `${folder}/fragment/` : 'fragment/'));
  expect(fragments('')).toHaveLength(1 + 4);
  expect(fragments('part-2')).toHaveLength(2 + 2);
  expect([...index.files].sort()).toEqual((await listFiles(into)).sort());
  expect(index.files).toContain('part-2/pagefind-entry.json');
  expect(index.files).toContain('part-2/pagefind.js');

  await writePartList(into, index);
  expect(JSON.parse(await readFile(join(into, PART_LIST), 'utf8'))).toEqual({ parts: ['part-2/'] });
  const whole = await buildSearchIndex(dir, 'en', { into: join(dir, 'whole') });
  expect([whole.parts.length, whole.pages, whole.updates]).toEqual([1, 3, 6]);
});

test('SEARCH_PART_RECORDS sets the part size; anything but a whole number is refused', () => {
  expect(partRecordsSetting({})).toBe(PART_RECORDS);
  expect(partRecordsSetting({ SEARCH_PART_RECORDS: '5000' })).toBe(5000);
  for (const wrong of ['0', '-3', '1e4', 'many', '2.5'])
    expect(() => partRecordsSetting({ SEARCH_PART_RECORDS: wrong })).toThrow(
      /SEARCH_PART_RECORDS is ".*": give a whole number of records/,
    );
});

test('a site without any article page fails clearly instead of shipping an empty search', async () => {
  await page('', '<h1>Front page</h1>');
  await expect(buildSearchIndex(dir, 'en', { into: join(dir, 'bundle') })).rejects.toThrow(SearchIndexError);
  await expect(buildSearchIndex(dir, 'en', { into: join(dir, 'bundle') })).rejects.toThrow(
    /no page has data-pagefind-body/,
  );
});

test('records read from the page text match a full HTML parse, whatever the bodies hold', async () => {
  const payloads = JSON.parse(await readFile(PAYLOADS_FILE, 'utf8')) as Payload[];
  const processor = config.markdown?.processor;
  if (!processor || !isUnifiedProcessor(processor)) throw new Error('astro.config.mjs must select unified()');
  const renderer = await processor.createRenderer({ syntaxHighlight: false });
  const bodies = await Promise.all(payloads.map(async (p) => (await renderer.render(p.payload)).code));
  bodies.push(
    '<div><div>Nested <div>deeply</div></div> tail</div><p>after</p>',
    '<h3>A heading in the body</h3><h2>An h2 in the body</h2><p>text</p>',
    '<p>5 &#x3C; 6 &#x26; “quotes”</p>',
  );
  const updates = bodies.map((body, i) => {
    const title = i % 3 === 0 ? '' : `<h2 id="u${i}-title">Title ${i} &#x26; more</h2>`;
    const time = i % 5 === 0 ? '' : `<time datetime="2024-03-24T10:00">10:0${i % 10}</time>`;
    const bodyPart = i % 7 === 0 ? `<p>${i}</p>` : `<div class="update-body">${body}</div>`;
    return `<article class="update" id="update-${i}" data-version="v${i}"><header class="update-header"><a href="#update-${i}">${time}</a>${title}</header>${bodyPart}<button type="button" class="share" hidden>Share</button></article>`;
  });
  await page(
    'articles/b',
    `<article data-pagefind-body><h1>Article <em>B</em> &#x26; co</h1>${updates.join('')}</article>`,
  );
  const html = await readFile(join(dir, 'articles/b/index.html'), 'utf8');
  const records = await collectUpdateRecords(dir);
  expect(records).toHaveLength(updates.length);
  expect(records).toEqual(referenceUpdateRecords([{ path: 'articles/b/index.html', html }]));
});
