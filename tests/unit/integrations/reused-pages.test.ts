import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { linkFolder } from '../../../src/integrations/reused-pages.ts';

let root: string | undefined;
afterEach(async () => {
  if (root) await rm(root, { recursive: true, force: true });
  root = undefined;
});

describe("an unchanged article's pages taken from the replaced site (reused-pages.ts)", () => {
  it('links every file of the folder, however deep, and writes none', async () => {
    root = await mkdtemp(join(tmpdir(), 'live-news-reused-'));
    const from = join(root, 'dist/articles/a');
    const files = [
      'index.html',
      'feed.json',
      'live/index.html',
      'updates/one/index.html',
      'updates/one/og.png',
    ];
    for (const file of files) {
      await mkdir(join(from, file, '..'), { recursive: true });
      await writeFile(join(from, file), file);
    }
    const to = join(root, 'staging/articles/a');
    // The staging folder may hold the folders of the site before last, with no file.
    await mkdir(join(to, 'updates/one'), { recursive: true });
    expect(linkFolder(from, to)).toBe(files.length);
    for (const file of files) {
      expect(await readFile(join(to, file), 'utf8')).toBe(file);
      expect((await stat(join(to, file))).ino).toBe((await stat(join(from, file))).ino);
    }
  });

  it('never writes over a file already there (it would be written through a link into another site)', async () => {
    root = await mkdtemp(join(tmpdir(), 'live-news-reused-'));
    const from = join(root, 'dist/articles/a');
    await mkdir(from, { recursive: true });
    await writeFile(join(from, 'index.html'), 'new');
    const to = join(root, 'staging/articles/a');
    await mkdir(to, { recursive: true });
    await writeFile(join(to, 'index.html'), 'other');
    expect(() => linkFolder(from, to)).toThrow(/EEXIST/);
    expect(await readFile(join(to, 'index.html'), 'utf8')).toBe('other');
  });
});
