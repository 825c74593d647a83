import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { updateSearchFiles, type SearchFile } from '../../../scripts/search-files.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'live-news-search-files-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const file = (path: string, text: string): SearchFile => ({ path, content: new TextEncoder().encode(text) });
const read = (path: string) => readFile(join(dir, path), 'utf8');

const first = [
  file('pagefind-entry.json', '{"meta":"pagefind.en_aaaaaaa.pf_meta"}'),
  file('pagefind.en_aaaaaaa.pf_meta', 'meta one'),
  file('fragment/en_1111111.pf_fragment', 'fragment one'),
  file('fragment/en_2222222.pf_fragment', 'fragment two'),
  file('pagefind.js', 'engine'),
];

test('a whole bundle is written into a fresh folder', async () => {
  const report = await updateSearchFiles(join(dir, 'pagefind'), first);
  expect(report.written.at(-1)).toBe('pagefind-entry.json');
  expect(report.written).toHaveLength(first.length);
  expect((await readdir(join(dir, 'pagefind'), { recursive: true })).sort()).toEqual(
    ['fragment', ...first.map((f) => f.path)].sort(),
  );
  expect(await read('pagefind/fragment/en_2222222.pf_fragment')).toBe('fragment two');
});

test('an update writes only what changed, removes what is gone, and leaves no temporary file', async () => {
  const folder = join(dir, 'pagefind');
  await updateSearchFiles(folder, first);
  const kept = await stat(join(folder, 'fragment/en_1111111.pf_fragment'));
  const next = [
    file('pagefind-entry.json', '{"meta":"pagefind.en_bbbbbbb.pf_meta"}'),
    file('pagefind.en_bbbbbbb.pf_meta', 'meta two'),
    file('fragment/en_1111111.pf_fragment', 'fragment one'),
    file('fragment/en_3333333.pf_fragment', 'fragment three'),
    file('pagefind.js', 'engine'),
  ];
  const report = await updateSearchFiles(folder, next);
  // The entry names the other files: it goes last, after the new files it points at.
  expect(report.written.at(-1)).toBe('pagefind-entry.json');
  expect(report.written.slice(0, -1).sort()).toEqual([
    'fragment/en_3333333.pf_fragment',
    'pagefind.en_bbbbbbb.pf_meta',
  ]);
  expect(report.removed.sort()).toEqual(['fragment/en_2222222.pf_fragment', 'pagefind.en_aaaaaaa.pf_meta']);
  expect(report.unchanged).toBe(2);
  expect((await stat(join(folder, 'fragment/en_1111111.pf_fragment'))).mtimeMs).toBe(kept.mtimeMs);
  expect(await read('pagefind/pagefind-entry.json')).toContain('en_bbbbbbb');
  expect((await readdir(folder, { recursive: true })).sort()).toEqual(
    ['fragment', ...next.map((f) => f.path)].sort(),
  );
});

test('a file without a content hash in its name is compared byte for byte', async () => {
  const folder = join(dir, 'pagefind');
  await mkdir(folder, { recursive: true });
  await writeFile(join(folder, 'pagefind.js'), 'old engine');
  const report = await updateSearchFiles(folder, [file('pagefind.js', 'new engine')]);
  expect(report.written).toEqual(['pagefind.js']);
  expect(await read('pagefind/pagefind.js')).toBe('new engine');
});
