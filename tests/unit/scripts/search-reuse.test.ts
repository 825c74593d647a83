import { cp, mkdir, mkdtemp, readFile, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { buildSearchIndex, type PreviousBundle, type SearchIndex } from '../../../scripts/search-index.ts';
import { previousBundle, recordBundle, searchRecordDirFor } from '../../../scripts/search-reuse.ts';
import { listFiles } from '../../../scripts/site-files.ts';

let root: string;
let dist: string;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'live-news-search-reuse-'));
  dist = join(root, 'dist');
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

async function article(slug: string, text: string, title = slug) {
  await mkdir(join(dist, 'articles', slug), { recursive: true });
  await writeFile(
    join(dist, 'articles', slug, 'index.html'),
    `<!doctype html><html lang="en"><head><title>${title}</title></head><body><article data-pagefind-body><h1>${slug}</h1><article class="update" id="update-1"><h2>One</h2><div class="update-body"><p>${text}</p></div></article></article></body></html>`,
  );
}

/** A bundle and the folder it was written to (each index is written to a fresh one, as a build's is). */
interface Written extends SearchIndex {
  folder: string;
}

let indexes = 0;
async function index(previous?: PreviousBundle, partRecords = 40_000): Promise<Written> {
  const folder = join(root, `bundle-${++indexes}`);
  return { ...(await buildSearchIndex(dist, 'en', { into: folder, previous, partRecords })), folder };
}

const digests = (written: Written) => written.parts.map((part) => part.digest);

/** What scripts/build.ts does with an index: the bundle into dist/pagefind (a copy: kept to compare), then the record. */
async function putOnline(written: Written, key?: string) {
  await rm(join(dist, 'pagefind'), { recursive: true, force: true });
  await cp(written.folder, join(dist, 'pagefind'), { recursive: true });
  await recordBundle(dist, written, key);
}

/** The article's page written in place (the same file), with a set time: the same identity when the size is the same. */
async function rewriteInPlace(slug: string, text: string) {
  const page = join(dist, 'articles', slug, 'index.html');
  const html = await readFile(page, 'utf8');
  await writeFile(page, html.replace(/<p>.*<\/p>/, `<p>${text}</p>`));
  await utimes(page, 1_700_000_000, 1_700_000_000);
}

/** The bundle's files and their bytes, and the folder holds no other file. */
async function sorted(written: Written) {
  expect((await listFiles(written.folder)).sort()).toEqual([...written.files].sort());
  const files = await Promise.all(
    written.files.map(async (path) => [
      path,
      (await readFile(join(written.folder, path))).toString('base64'),
    ]),
  );
  return files.sort();
}

test('a rebuild of unchanged pages takes the previous bundle; a changed page is indexed again', async () => {
  await article('a', 'Firefighters reached the scene.');
  await article('b', 'The mayor spoke at noon.');
  expect(await previousBundle(dist)).toBeUndefined();
  const first = await index();
  expect(first.reused).toBe(false);
  expect(digests(first)).toEqual([expect.stringMatching(/^[0-9a-f]{64}$/)]);
  await putOnline(first);

  const again = await index(await previousBundle(dist));
  expect(again.reused).toBe(true);
  expect(digests(again)).toEqual(digests(first));
  expect(await sorted(again)).toEqual(await sorted(first));
  // Taken as links to the site's files, not copies: no new file for the disk to write.
  for (const path of again.files)
    expect((await stat(join(again.folder, path))).ino).toBe((await stat(join(dist, 'pagefind', path))).ino);

  // One update's text changes: Pagefind runs, and its bundle is what a fresh index gives.
  await article('b', 'The mayor spoke at one.');
  const changed = await index(await previousBundle(dist));
  expect(changed.reused).toBe(false);
  expect(digests(changed)).not.toEqual(digests(first));
  const fresh = await index();
  expect(digests(changed)).toEqual(digests(fresh));
  expect(await sorted(changed)).toEqual(await sorted(fresh));
  expect(await sorted(changed)).not.toEqual(await sorted(first));
  await putOnline(changed);

  // A page changed outside its update records counts too.
  await article('a', 'Firefighters reached the scene.', 'A new page title');
  expect((await index(await previousBundle(dist))).reused).toBe(false);
});

test('in parts, only a part whose articles changed is indexed again', async () => {
  // Each article is a page and an update record: two records, a part of its own.
  for (const slug of ['a', 'b', 'c']) await article(slug, `The ${slug} crew reported at dawn.`);
  const first = await index(undefined, 2);
  expect(first.parts.map((part) => part.folder)).toEqual(['', 'part-2', 'part-3']);
  expect(first.files).toContain('part-3/pagefind-entry.json');
  await putOnline(first);

  await article('b', 'The b crew reported at noon.');
  const changed = await index(await previousBundle(dist), 2);
  expect(changed.parts.map((part) => part.reused)).toEqual([true, false, true]);
  expect(changed.reused).toBe(false);
  const fresh = await index(undefined, 2);
  expect(digests(changed)).toEqual(digests(fresh));
  expect(await sorted(changed)).toEqual(await sorted(fresh));
  await putOnline(changed);

  // The record keeps the parts taken from the last build: all three are taken next time.
  const again = await index(await previousBundle(dist), 2);
  expect(again.parts.map((part) => part.reused)).toEqual([true, true, true]);
  expect(await sorted(again)).toEqual(await sorted(fresh));
});

test('a bundle file changed or missing since the record is not taken', async () => {
  await article('a', 'Firefighters reached the scene.');
  const first = await index();
  await putOnline(first);
  const entry = join(dist, 'pagefind', 'pagefind-entry.json');
  await writeFile(entry, '{}');
  const tampered = await index(await previousBundle(dist));
  expect(tampered.reused).toBe(false);
  expect(await sorted(tampered)).toEqual(await sorted(first));
  // The fresh index was not written through a link into the site's file.
  expect(await readFile(entry, 'utf8')).toBe('{}');
  await rm(join(dist, 'pagefind'), { recursive: true });
  expect((await index(await previousBundle(dist))).reused).toBe(false);
  // A damaged record costs a fresh index, nothing else.
  await writeFile(join(searchRecordDirFor(dist), 'main-bundle.json'), '{ not json');
  expect(await previousBundle(dist)).toBeUndefined();
  // So does the record of a build from before the index came in parts.
  await writeFile(
    join(searchRecordDirFor(dist), 'main-bundle.json'),
    JSON.stringify({ digest: 'x', files: [] }),
  );
  expect(await previousBundle(dist)).toBeUndefined();
});

test('an article whose files are the ones recorded under the same build key is not read again', async () => {
  await article('a', 'Firefighters reached the scene.');
  await article('b', 'The mayor spoke at noon.');
  await rewriteInPlace('a', 'Firefighters reached the scene.');
  const first = await index(await previousBundle(dist, 'key-1'));
  expect(first.articles.map((entry) => [entry.slug, entry.pages, entry.records])).toEqual([
    ['a', 1, 1],
    ['b', 1, 1],
  ]);
  await putOnline(first, 'key-1');
  expect((await previousBundle(dist, 'key-1'))?.articles?.get('a')?.digest).toBe(first.articles[0]!.digest);
  // Another build key (other code) or none: every article is read.
  expect((await previousBundle(dist, 'key-2'))?.articles).toBeUndefined();
  expect((await previousBundle(dist))?.articles).toBeUndefined();

  // A change no build makes (the same file, size and time, other words) shows that a's
  // page was not read: the bundle taken is the one of its recorded text.
  await rewriteInPlace('a', 'Firefighters reached the SCENE.');
  const taken = await index(await previousBundle(dist, 'key-1'));
  expect(taken.reused).toBe(true);
  expect(await sorted(taken)).toEqual(await sorted(first));
  // Under another key it is read, and the bundle is what a fresh index gives.
  const read = await index(await previousBundle(dist, 'key-2'));
  expect(read.reused).toBe(false);
  expect(await sorted(read)).toEqual(await sorted(await index()));
});

test('an article taken from the record is read when its part is indexed again', async () => {
  for (const slug of ['a', 'b', 'c']) await article(slug, `The ${slug} crew reported at dawn.`);
  const first = await index(undefined, 4);
  expect(first.parts.map((part) => part.folder)).toEqual(['', 'part-2']);
  await putOnline(first, 'key-1');

  // b changes (a new file); a, in the same part, is known; c, in the next part, is taken whole.
  await article('b', 'The b crew reported at noon.');
  const changed = await index(await previousBundle(dist, 'key-1'), 4);
  expect(changed.parts.map((part) => part.reused)).toEqual([false, true]);
  const fresh = await index(undefined, 4);
  expect(digests(changed)).toEqual(digests(fresh));
  expect(changed.articles).toEqual(
    fresh.articles.map((entry, i) => ({ ...entry, files: changed.articles[i]!.files })),
  );
  expect(await sorted(changed)).toEqual(await sorted(fresh));
  await putOnline(changed, 'key-1');
  const again = await index(await previousBundle(dist, 'key-1'), 4);
  expect(again.reused).toBe(true);
  expect(await sorted(again)).toEqual(await sorted(fresh));
});

test('the record is written again only when it would say something new', async () => {
  await article('a', 'Firefighters reached the scene.');
  await article('b', 'The mayor spoke at noon.');
  await putOnline(await index(), 'key-1');
  const record = join(searchRecordDirFor(dist), 'main-bundle.json');
  const written = (await stat(record, { bigint: true })).mtimeNs;
  // Nothing changed: every part and every article as recorded, the record left as it is.
  const same = await index(await previousBundle(dist, 'key-1'));
  expect(same.reused).toBe(true);
  await recordBundle(dist, same, 'key-1');
  expect((await stat(record, { bigint: true })).mtimeNs).toBe(written);

  // a's page written anew with the same bytes (another file): the bundle is taken, but the
  // record must name the new file, or the next build reads a again.
  const page = join(dist, 'articles', 'a', 'index.html');
  const html = await readFile(page);
  await rm(page);
  await writeFile(page, html);
  const again = await index(await previousBundle(dist, 'key-1'));
  expect(again.reused).toBe(true);
  await recordBundle(dist, again, 'key-1');
  const known = (await previousBundle(dist, 'key-1'))?.articles?.get('a');
  expect(known?.files).toEqual(again.articles[0]!.files);
  expect(known?.files[0]!.identity).toBe(
    `${(await stat(page, { bigint: true })).ino}:${html.length}:${(await stat(page, { bigint: true })).mtimeNs}`,
  );
});

test('a damaged article entry in the record costs that article a read, nothing else', async () => {
  await article('a', 'Firefighters reached the scene.');
  await article('b', 'The mayor spoke at noon.');
  const first = await index();
  await putOnline(first, 'key-1');
  const file = join(searchRecordDirFor(dist), 'main-bundle.json');
  const record = JSON.parse(await readFile(file, 'utf8')) as { articles: Record<string, unknown> };
  record.articles.a = { files: [null], pages: 1, records: 1, digest: 'x' };
  record.articles.b = null;
  await writeFile(file, JSON.stringify(record));
  const known = (await previousBundle(dist, 'key-1'))?.articles;
  expect(known && [...known.keys()]).toEqual([]);
  const again = await index(await previousBundle(dist, 'key-1'));
  expect(again.reused).toBe(true);
  expect(await sorted(again)).toEqual(await sorted(first));
});

test('the record lives beside the site folder, like the other .dist-* folders', () => {
  expect(searchRecordDirFor('/srv/site/dist')).toBe('/srv/site/.dist-search');
});
