import { existsSync, readdirSync } from 'node:fs';
import { link, mkdir, mkdtemp, readFile, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { removeEmptyFolders, reuseReplacedSite } from '../../../scripts/reused-folders.ts';
import { clearSiteLeftovers, listFiles, replacedSiteRemoved } from '../../../scripts/site-files.ts';

let root: string;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'live-news-reused-'));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

/** Every folder under `dir`, relative to it. */
const foldersOf = (dir: string) =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => join(entry.parentPath, entry.name).slice(dir.length + 1))
    .sort();

test('the replaced site becomes the staging folder: its folders stay, no file does', async () => {
  const replaced = join(root, '.dist-previous');
  const staging = join(root, '.dist-building-1');
  // A card linked from the cache, a page linked from dist/, a symbolic link, plain files.
  const cache = join(root, 'cache.png');
  await writeFile(cache, 'card');
  await mkdir(join(replaced, 'articles/a/updates/u1'), { recursive: true });
  await mkdir(join(replaced, 'articles/gone/updates/u1'), { recursive: true });
  await mkdir(join(replaced, 'pagefind/fragment'), { recursive: true });
  await writeFile(join(replaced, 'index.html'), 'home');
  await writeFile(join(replaced, 'articles/a/updates/u1/index.html'), 'page');
  await link(cache, join(replaced, 'articles/a/updates/u1/og.png'));
  await symlink(cache, join(replaced, 'articles/a/link.png'));
  await writeFile(join(replaced, 'articles/gone/updates/u1/index.html'), 'gone');
  await writeFile(join(replaced, 'pagefind/fragment/x.pf_fragment'), 'x');
  const folder = (await stat(join(replaced, 'articles/a/updates/u1'))).ino;

  const folders = reuseReplacedSite(replaced, staging);

  expect(existsSync(replaced)).toBe(false);
  expect(await listFiles(staging)).toEqual([]);
  expect(readdirSync(join(staging, 'articles/a'))).toEqual(['updates']);
  // The same folders, not new ones; pagefind/ goes whole (the bundle is moved in as a folder).
  expect((await stat(join(staging, 'articles/a/updates/u1'))).ino).toBe(folder);
  expect(foldersOf(staging)).toEqual([
    'articles',
    'articles/a',
    'articles/a/updates',
    'articles/a/updates/u1',
    'articles/gone',
    'articles/gone/updates',
    'articles/gone/updates/u1',
  ]);
  // What a link pointed at is untouched.
  expect(await readFile(cache, 'utf8')).toBe('card');

  // The build writes what it writes; the folders it left empty go, innermost first.
  await writeFile(join(staging, 'articles/a/updates/u1/index.html'), 'new page');
  removeEmptyFolders(folders);
  expect(foldersOf(staging)).toEqual([
    'articles',
    'articles/a',
    'articles/a/updates',
    'articles/a/updates/u1',
  ]);
  expect(await readFile(join(staging, 'articles/a/updates/u1/index.html'), 'utf8')).toBe('new page');
});

test('before a build: a replaced site folder becomes the staging folder; anything else there is removed', async () => {
  const dist = join(root, 'dist');
  const staging = join(root, '.dist-building-1');
  await mkdir(join(dist, 'articles'), { recursive: true });
  await mkdir(join(root, '.dist-previous', 'articles', 'a'), { recursive: true });
  await writeFile(join(root, '.dist-previous', 'articles', 'a', 'index.html'), 'old');
  expect(await clearSiteLeftovers(dist, [], staging)).toEqual([
    join(staging, 'articles', 'a'),
    join(staging, 'articles'),
  ]);
  expect(await listFiles(staging)).toEqual([]);
  await rm(staging, { recursive: true });

  // Not a folder (someone made a file by that name): not written into, removed.
  await writeFile(join(root, '.dist-previous'), 'not a site');
  expect(await clearSiteLeftovers(dist, [], staging)).toEqual([]);
  await replacedSiteRemoved();
  expect(existsSync(staging)).toBe(false);
  expect(existsSync(join(root, '.dist-previous'))).toBe(false);
  expect(existsSync(join(dist, 'articles'))).toBe(true);
});

test('a site folder inside folders that are not there yet: they are made, the site is not', async () => {
  const dist = join(root, 'new', 'place', 'dist');
  expect(await clearSiteLeftovers(dist)).toEqual([]);
  expect(existsSync(join(root, 'new', 'place'))).toBe(true);
  expect(existsSync(dist)).toBe(false);
});
