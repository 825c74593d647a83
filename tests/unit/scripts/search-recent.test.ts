import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { updateRecentSearch, writeRecentList } from '../../../scripts/search-recent.ts';
import { listFiles } from '../../../scripts/site-files.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'live-news-recent-'));
  for (const slug of ['a', 'b', 'c']) {
    await mkdir(join(dir, 'articles', slug), { recursive: true });
    await writeFile(
      join(dir, 'articles', slug, 'index.html'),
      `<!doctype html><html lang="en"><head><title>${slug}</title></head><body><article data-pagefind-body><h1>Article ${slug}</h1>` +
        `<article class="update" id="update-1"><h2>News of ${slug}</h2><div class="update-body"><p>Text.</p></div></article></article></body></html>`,
    );
  }
  await mkdir(join(dir, 'pagefind'));
  await writeRecentList(join(dir, 'pagefind'), []);
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const readList = async () => JSON.parse(await readFile(join(dir, 'pagefind/recent.json'), 'utf8'));

/** Each record of the recent bundle: its URL and filters. */
async function records() {
  const folder = join(dir, 'pagefind/recent');
  const fragments = (await listFiles(folder)).filter((f) => f.startsWith('fragment/'));
  const texts = await Promise.all(
    fragments.map(async (f) => gunzipSync(await readFile(join(folder, f))).toString('utf8')),
  );
  return texts
    .map((text) => JSON.parse(text.slice('pagefind_dcd'.length)) as { url: string; filters: object })
    .map(({ url, filters }) => ({ url, filters }))
    .sort((x, y) => x.url.localeCompare(y.url));
}

test('indexes the articles published since the full build, and only them, each record with its article', async () => {
  const first = await updateRecentSearch(dir, 'en', ['b']);
  expect(first.articles).toEqual(['b']);
  expect(await readList()).toEqual({ articles: ['b'] });
  expect(first.index.pages).toBe(1);
  expect(existsSync(join(dir, 'pagefind/recent/pagefind-entry.json'))).toBe(true);

  const second = await updateRecentSearch(dir, 'en', ['a', 'b']);
  expect(second.articles).toEqual(['a', 'b']);
  expect(await readList()).toEqual({ articles: ['a', 'b'] });
  expect(second.index).toMatchObject({ pages: 2, updates: 2 });
  expect(await records()).toEqual([
    { url: '/articles/a/', filters: { article: ['a'] } },
    { url: '/articles/a/#update-1', filters: { article: ['a'] } },
    { url: '/articles/b/', filters: { article: ['b'] } },
    { url: '/articles/b/#update-1', filters: { article: ['b'] } },
  ]);
});

test('a list that is not one is refused, naming the file and the fix', async () => {
  await writeFile(join(dir, 'pagefind/recent.json'), JSON.stringify({ articles: ['../../etc'] }));
  await expect(updateRecentSearch(dir, 'en', ['a'])).rejects.toThrow(
    /recent\.json is not a list of articles; run "npm run build"/,
  );
  expect(existsSync(join(dir, 'pagefind/recent'))).toBe(false);
});
