import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { collectUpdateRecords, indexSite, SearchIndexError } from '../../../scripts/search-index.ts';

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

test('a site without any article page fails clearly instead of shipping an empty search', async () => {
  await page('', '<h1>Front page</h1>');
  await expect(indexSite(dir, 'en')).rejects.toThrow(SearchIndexError);
  await expect(indexSite(dir, 'en')).rejects.toThrow(/no page has data-pagefind-body/);
});
