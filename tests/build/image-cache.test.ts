import { existsSync } from 'node:fs';
import { readdir, readFile, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { articleSlug, writeCorpus } from '../../scripts/bench/corpus.ts';
import { UNUSED_IMAGE_AGE_MS } from '../../src/images/image-cache.ts';
import { updateIdFromFileName } from '../../src/model/update-id.ts';
import { makeTempSite, type TempSite } from '../helpers/temp-site.ts';

// A full build removes from the image cache what no page shows any more (src/images/image-cache.ts):
// the cache a CI runner keeps between builds (docs/deploying.md) no longer only grows.
let site: TempSite;
const cache = () => join(site.dir, '.astro-cache', 'social-images');

async function build() {
  const result = await site.build();
  expect(result.code, result.output).toBe(0);
  return result.output;
}

/** The update cards of the site, by file. */
async function siteCards(): Promise<string[]> {
  const cards: string[] = [];
  for (const slug of await readdir(join(site.distDir, 'articles'))) {
    const updates = join(site.distDir, 'articles', slug, 'updates');
    for (const id of existsSync(updates) ? await readdir(updates) : []) {
      const card = join(updates, id, 'og.png');
      if (existsSync(card)) cards.push(card);
    }
  }
  return cards;
}

/** The cached files, by inode. */
async function cachedByInode(): Promise<Map<number, string>> {
  const files = new Map<number, string>();
  for (const name of await readdir(cache())) files.set((await stat(join(cache(), name))).ino, name);
  return files;
}

/** Makes every cached image look made two days ago, as a cache restored on a CI runner from older runs. */
async function ageCache(): Promise<void> {
  const past = (Date.now() - 2 * UNUSED_IMAGE_AGE_MS) / 1000;
  for (const name of await readdir(cache())) await utimes(join(cache(), name), past, past);
}

beforeAll(async () => {
  site = await makeTempSite('image-cache', []);
  await writeCorpus(site.contentDir, { articles: 2, updates: 12, photos: 0, seed: 5 });
  await build();
});

afterAll(() => site?.cleanup());

it("removes an old headline's card and keeps every card the site shows", async () => {
  const updates = join(site.contentDir, 'articles', articleSlug(0), 'updates');
  let changed: { file: string; card: string } | undefined;
  for (const name of (await readdir(updates)).sort()) {
    const text = await readFile(join(updates, name), 'utf8');
    const id = updateIdFromFileName(name);
    const card = join(site.distDir, 'articles', articleSlug(0), 'updates', id, 'og.png');
    if (text.includes('\ntitle: ') && existsSync(card)) {
      changed = { file: join(updates, name), card };
      await writeFile(changed.file, text.replace('\ntitle: "', '\ntitle: "Changed, '));
      break;
    }
  }
  expect(changed, 'a headlined update with a card').toBeDefined();
  const oldCard = (await cachedByInode()).get((await stat(changed!.card)).ino);
  expect(oldCard, "the card's cached file").toBeDefined();
  await ageCache();

  await build();
  // Still in the site this build replaced (.dist-previous, the way back), until the next build.
  expect(existsSync(join(cache(), oldCard!))).toBe(true);
  const output = await build();
  expect(output).toMatch(/Image cache: \d+ image\(s\) no page shows any more removed/);
  expect(existsSync(join(cache(), oldCard!))).toBe(false);
  const cached = await cachedByInode();
  const cards = await siteCards();
  expect(cards.length).toBeGreaterThan(5);
  // Every card, of the changed article and of the one taken unchanged from the last site, is still cached.
  for (const card of cards) expect(cached.has((await stat(card)).ino), card).toBe(true);
});

it('a build with that cache and no site (a CI runner) draws no update card again', async () => {
  const before = new Set(await readdir(cache()));
  const cards = new Map<string, Buffer>();
  for (const card of await siteCards()) cards.set(card.slice(site.distDir.length), await readFile(card));
  await rm(site.distDir, { recursive: true });
  await rm(join(site.dir, '.dist-previous'), { recursive: true, force: true });

  await build();
  // Only articles' og.png, which Astro writes as a copy (the sweep let the unchanged article's go).
  const articleImages = await Promise.all(
    [0, 1].map((a) => readFile(join(site.distDir, 'articles', articleSlug(a), 'og.png'))),
  );
  for (const name of (await readdir(cache())).filter((name) => !before.has(name))) {
    const bytes = await readFile(join(cache(), name));
    expect(
      articleImages.some((image) => image.equals(bytes)),
      name,
    ).toBe(true);
  }
  const now = await siteCards();
  expect(now.length).toBe(cards.size);
  for (const card of now) expect(await readFile(card)).toEqual(cards.get(card.slice(site.distDir.length)));
});
