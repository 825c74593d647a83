import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { writePacks } from '../../../src/loaders/online-sources.ts';
import { readContent } from '../../../src/loaders/read-content.ts';
import {
  pageIdentity,
  reusableArticles,
  reuseStamps,
  SITE_PAGES_FILE,
} from '../../../src/loaders/reuse-stamps.ts';
import { makeTempContent, md } from '../../helpers/content-files.ts';
import { makePhoto } from '../../helpers/photo-fixtures.ts';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

const BEFORE = Date.parse('2024-03-24T12:00:00+01:00');
const AFTER = Date.parse('2024-03-24T14:00:00+01:00');
const ARTICLE = (title: string) => `title: ${title}\npublished: 2024-03-24T08:00:00+01:00\nstatus: live`;
const FILES = {
  'content/articles/a/index.md': md(ARTICLE('A'), 'Intro.'),
  'content/articles/a/updates/one.md': md('time: 2024-03-24T10:00:00+01:00', 'One.'),
  // Due at 13:00: out of a build at noon, in a build at two.
  'content/articles/a/updates/due.md': md('time: 2024-03-24T13:00:00+01:00\nscheduled: true', 'Due.'),
  'content/articles/b/index.md': md(ARTICLE('B'), 'Intro.'),
  'content/articles/b/updates/one.md': md('time: 2024-03-24T10:00:00+01:00', 'One.'),
  'content/articles/c/index.md': md(
    `${ARTICLE('C')}\nphoto:\n  file: lead.jpg\n  alt: The hall\n  credit: Jane Doe/Reuters`,
    'Intro.',
  ),
};

async function site() {
  const made = await makeTempContent(FILES);
  cleanups.push(made.cleanup);
  await makePhoto(join(made.root, 'content/articles/c/lead.jpg'), { width: 640, height: 480 });
  const read = (now: number) => readContent(made.root, made.contentDir, { now });
  return { ...made, read };
}

describe("what a full build records to take an article's pages again (reuse-stamps.ts)", () => {
  it("stamps each article with the build key and the updates published at the build's time", async () => {
    const { read } = await site();
    const tree = await read(BEFORE);
    expect(tree.problems).toEqual([]);
    const noon = reuseStamps(tree, 'key-1', BEFORE);
    expect(noon('a')).toBe(reuseStamps(tree, 'key-1', BEFORE)('a'));
    // The scheduled update's time has come: a's pages change though no file did; b's do not.
    const two = reuseStamps(tree, 'key-1', AFTER);
    expect(two('a')).not.toBe(noon('a'));
    expect(two('b')).toBe(noon('b'));
    // Another build key: every article.
    const other = reuseStamps(tree, 'key-2', BEFORE);
    for (const slug of ['a', 'b', 'c']) expect(other(slug)).not.toBe(noon(slug));
  });

  it('writes the stamp in each pack and says which packs are the same as those online', async () => {
    const { root, read, contentDir } = await site();
    const online = join(root, '.dist-online');
    const tree = await read(BEFORE);
    const stamps = reuseStamps(tree, 'key-1', BEFORE);
    expect(await writePacks(online, tree, () => true, undefined, stamps)).toEqual(new Set());
    const pack = JSON.parse(await readFile(join(online, 'a.json'), 'utf8')) as { built?: string };
    expect(pack.built).toBe(stamps('a'));

    // b edited: only a and c are the same.
    await writeFile(
      join(contentDir, 'articles/b/updates/one.md'),
      md('time: 2024-03-24T10:00:00+01:00', 'Edited.'),
    );
    const edited = await read(BEFORE);
    const staged = join(root, 'staged');
    const same = await writePacks(staged, edited, () => true, online, reuseStamps(edited, 'key-1', BEFORE));
    expect([...same].sort()).toEqual(['a', 'c']);
    // Later, the scheduled update due: a too has changed.
    const later = await writePacks(
      join(root, 'later'),
      edited,
      () => true,
      online,
      reuseStamps(edited, 'key-1', AFTER),
    );
    expect([...later].sort()).toEqual(['c']);
    // A pack without a stamp (a publish's) is never the same as a stamped one.
    const publish = join(root, 'publish');
    await writePacks(publish, edited, () => true);
    expect(
      await writePacks(
        join(root, 'again'),
        edited,
        () => true,
        publish,
        reuseStamps(edited, 'key-1', BEFORE),
      ),
    ).toEqual(new Set());
  });

  it('takes an unchanged article whose page is the file noted with the packs, one with photos when their files are there', async () => {
    const { root, read } = await site();
    const tree = await read(BEFORE);
    const replaced = join(root, 'dist');
    const online = join(root, '.dist-online');
    const all = new Set(['a', 'b', 'c']);
    const taken = () => reusableArticles(all, tree, replaced, online);
    const page = (slug: string) => join(replaced, 'articles', slug, 'index.html');
    // No site yet.
    expect(taken().slugs).toEqual(new Set());
    for (const slug of ['a', 'b', 'c']) {
      await mkdir(join(replaced, 'articles', slug), { recursive: true });
      await writeFile(page(slug), `<!doctype html><title>${slug}</title>`);
    }
    await writeFile(join(replaced, 'sitemap-index.xml'), '<sitemapindex/>');
    // Pages, but nothing noted beside the packs (a site built before this, or by a shard).
    expect(taken().slugs).toEqual(new Set());
    const photos = { files: ['_astro/lead.1.avif', '_astro/lead.1.jpg'] };
    const note = async (pages: Record<string, unknown>) => {
      await mkdir(online, { recursive: true });
      await writeFile(join(online, SITE_PAGES_FILE), JSON.stringify(pages));
    };
    await note({
      a: { page: pageIdentity(page('a')) },
      b: { page: 'another file' },
      c: { page: pageIdentity(page('c')) },
    });
    // b's page is not the file noted; c shows a photo whose files were not noted.
    expect(taken()).toEqual({ slugs: new Set(['a']), files: new Map() });
    await note({ a: { page: pageIdentity(page('a')) }, c: { page: pageIdentity(page('c')), photos } });
    // Noted, but one is not in the site.
    await mkdir(join(replaced, '_astro'));
    await writeFile(join(replaced, '_astro/lead.1.avif'), 'avif');
    expect(taken().slugs).toEqual(new Set(['a']));
    await writeFile(join(replaced, '_astro/lead.1.jpg'), 'jpeg');
    expect(taken()).toEqual({
      slugs: new Set(['a', 'c']),
      files: new Map([['c', { ...photos, sources: ['lead.jpg'] }]]),
    });
    // A page written again since (a publish), even with the same bytes, is another file.
    const text = await readFile(page('a'), 'utf8');
    await rm(page('a'));
    await writeFile(page('a'), text);
    expect(taken().slugs).toEqual(new Set(['c']));
    // Lists naming a file outside the site, or not lists, are not taken.
    for (const bad of [{ files: ['../outside.jpg'] }, { files: '_astro/lead.1.jpg' }, photos.files]) {
      await note({ c: { page: pageIdentity(page('c')), photos: bad } });
      expect(taken().slugs).toEqual(new Set());
    }
    // Nor is anything when the list is damaged.
    await writeFile(join(online, SITE_PAGES_FILE), '{"c":');
    expect(taken().slugs).toEqual(new Set());
  });

  it('stamps a photo replaced under the same name as a change', async () => {
    const { root, read } = await site();
    const before = reuseStamps(await read(BEFORE), 'key-1', BEFORE);
    await makePhoto(join(root, 'content/articles/c/lead.jpg'), { width: 800, height: 480 });
    const after = reuseStamps(await read(BEFORE), 'key-1', BEFORE);
    expect(after('c')).not.toBe(before('c'));
    expect(after('a')).toBe(before('a'));
  });
});
