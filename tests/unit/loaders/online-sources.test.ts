import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  commitPacks,
  DamagedPackError,
  onlineDirFor,
  onlineDirOfStaged,
  readPack,
  stagedPacksFor,
  writePacks,
} from '../../../src/loaders/online-sources.ts';
import { readContent, type ReadOptions } from '../../../src/loaders/read-content.ts';

const now = Date.parse('2030-01-01T00:00:00Z');
const article = (title: string) => `---\ntitle: ${title}\npublished: 2024-03-24\nstatus: live\n---\nIntro.\n`;
const update = (title: string) => `---\ntime: 2024-03-24T15:30:00+01:00\ntitle: ${title}\n---\nBody.\n`;

let root: string | undefined;

async function write(files: Record<string, string>) {
  for (const [path, text] of Object.entries(files)) {
    const full = join(root!, 'content', path);
    await mkdir(dirname(full), { recursive: true });
    await writeFile(full, text);
  }
}

const read = (online?: ReadOptions['online']) => readContent(root!, join(root!, 'content'), { now, online });

afterEach(async () => {
  if (root) await rm(root, { recursive: true, force: true });
  root = undefined;
});

describe('the sources of what is online (online-sources.ts)', () => {
  it('reads an article as it was published, not as it was edited since', async () => {
    root = await mkdtemp(join(tmpdir(), 'live-news-online-'));
    await write({ 'articles/a/index.md': article('First'), 'articles/a/updates/one.md': update('One') });
    const dir = join(root, '.dist-online');
    await writePacks(dir, await read(), () => true);
    // Edited, and a second update saved, but not published.
    await write({ 'articles/a/index.md': article('Edited'), 'articles/a/updates/two.md': update('Two') });
    const fromDisk = await read();
    expect(fromDisk.articles.map((a) => a.data.title)).toEqual(['Edited']);
    const online = await read((slug) => readPack(dir, slug));
    expect(online.problems).toEqual([]);
    expect(online.articles.map((a) => [a.slug, a.data.title, a.file])).toEqual([
      ['a', 'First', 'content/articles/a/index.md'],
    ]);
    expect(online.updates.map((u) => [u.fileName, u.data.title, u.file, u.htmlId])).toEqual([
      ['one.md', 'One', 'content/articles/a/updates/one.md', fromDisk.updates[0]!.htmlId],
    ]);
    // An article with no pack (never published, or a site built before packs) is read from its folder.
    expect((await read(async () => undefined)).articles.map((a) => a.data.title)).toEqual(['Edited']);
  });

  it("lives beside the site folder; a full build's packs replace the folder, a publish's are added", async () => {
    root = await mkdtemp(join(tmpdir(), 'live-news-online-'));
    expect(onlineDirFor('/srv/site/dist')).toBe('/srv/site/.dist-online');
    expect(stagedPacksFor('/srv/site/dist')).toMatch(/^\/srv\/site\/\.dist-online-building-\d+-\d+$/);
    await write({ 'articles/a/index.md': article('A'), 'articles/b/index.md': article('B') });
    const tree = await read();
    const dir = onlineDirFor(join(root, 'dist'));
    const staged = join(root, 'staged');
    await writePacks(staged, tree, () => true);
    await commitPacks(staged, dir, true);
    expect((await readdir(dir)).sort()).toEqual(['a.json', 'b.json']);
    const only = join(root, 'staged-publish');
    await writePacks(only, tree, (slug) => slug === 'a');
    await writeFile(join(dir, 'a.json'), '{}');
    await commitPacks(only, dir, false);
    expect((await readdir(dir)).sort()).toEqual(['a.json', 'b.json']);
    expect(JSON.parse(await readFile(join(dir, 'a.json'), 'utf8'))).toEqual({
      index: article('A'),
      updates: {},
    });
    // A later full build without b: its pack goes.
    await writePacks(staged, { ...tree, articles: tree.articles.filter((a) => a.slug === 'a') }, () => true);
    await commitPacks(staged, dir, true);
    expect(await readdir(dir)).toEqual(['a.json']);
    expect(await readPack(dir, 'b')).toBeUndefined();
  });

  it('a full build links the packs that did not change and writes the others', async () => {
    root = await mkdtemp(join(tmpdir(), 'live-news-online-'));
    await write({ 'articles/a/index.md': article('A'), 'articles/b/index.md': article('B') });
    const dist = join(root, 'dist');
    const dir = onlineDirFor(dist);
    const first = stagedPacksFor(dist);
    expect(onlineDirOfStaged(first)).toBe(dir);
    await writePacks(first, await read(), () => true, onlineDirOfStaged(first));
    await commitPacks(first, dir, true);
    await write({ 'articles/b/index.md': article('B edited') });
    const second = stagedPacksFor(dist);
    await writePacks(second, await read(), () => true, dir);
    const inode = async (path: string) => (await stat(path)).ino;
    // a.json is the same file as online (a link); b.json is new.
    expect(await inode(join(second, 'a.json'))).toBe(await inode(join(dir, 'a.json')));
    expect(await inode(join(second, 'b.json'))).not.toBe(await inode(join(dir, 'b.json')));
    await commitPacks(second, dir, true);
    expect((await readPack(dir, 'a'))?.index).toBe(article('A'));
    expect((await readPack(dir, 'b'))?.index).toBe(article('B edited'));
  });

  it('a damaged pack stops the read with the file and what to do, never falls back to content/', async () => {
    root = await mkdtemp(join(tmpdir(), 'live-news-online-'));
    await write({ 'articles/a/index.md': article('A') });
    const dir = join(root, '.dist-online');
    await mkdir(dir, { recursive: true });
    await writeFile(join(dir, 'a.json'), '{"index": "cut off');
    await expect(readPack(dir, 'a')).rejects.toThrow(DamagedPackError);
    const error = await read((slug) => readPack(dir, slug)).catch((e: unknown) => e as Error);
    expect(error).toBeInstanceOf(DamagedPackError);
    expect((error as Error).message).toContain(join(dir, 'a.json'));
    expect((error as Error).message).toMatch(/"a".*Nothing was published.*npm run build/s);
  });
});
