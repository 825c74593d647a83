import { existsSync } from 'node:fs';
import { link, mkdir, mkdtemp, readdir, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { noteImageUsed, sweepImageCache, UNUSED_IMAGE_AGE_MS } from '../../../src/images/image-cache.ts';
import { cachedSocialImage } from '../../../src/images/social-image.ts';

let root: string;
const saved = process.env.ASTRO_CACHE_DIR;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'live-news-image-cache-'));
});

afterAll(async () => {
  if (saved === undefined) delete process.env.ASTRO_CACHE_DIR;
  else process.env.ASTRO_CACHE_DIR = saved;
  await rm(root, { recursive: true, force: true });
});

/** A file of `bytes` bytes made `age` milliseconds before `now`. */
async function file(dir: string, name: string, age: number, now: number, bytes = 10): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, Buffer.alloc(bytes));
  const seconds = (now - age) / 1000;
  await utimes(path, seconds, seconds);
  return path;
}

it('removes old images no build asked for and no site holds, and keeps the rest', async () => {
  const dir = join(root, 'sweep');
  const site = join(root, 'site');
  await mkdir(dir, { recursive: true });
  await mkdir(site, { recursive: true });
  const now = Date.now();
  const old = UNUSED_IMAGE_AGE_MS + 60_000;
  const asked = await file(dir, 'asked.png', old, now);
  noteImageUsed(asked);
  // A card of an article the build took from the last site: linked there, not asked for.
  await link(await file(dir, 'linked.png', old, now), join(site, 'og.png'));
  // Made by a publish while the build ran, for content newer than the build's.
  await file(dir, 'recent.png', UNUSED_IMAGE_AGE_MS - 60_000, now);
  await file(dir, 'stale.png', old, now, 1000);
  await file(dir, 'stale.jpg', old, now, 500);
  await file(dir, 'killed.png.4242.tmp', old, now, 5);
  await mkdir(join(dir, 'folder'));

  expect(sweepImageCache(dir, now)).toEqual({ removed: 3, bytes: 1505, kept: 3 });
  expect((await readdir(dir)).sort()).toEqual(['asked.png', 'folder', 'linked.png', 'recent.png']);
  // Swept again a day later, with nothing linked or asked: only what was asked stays.
  await rm(join(site, 'og.png'));
  expect(sweepImageCache(dir, now + 2 * UNUSED_IMAGE_AGE_MS)).toEqual({ removed: 2, bytes: 20, kept: 1 });
  expect((await readdir(dir)).sort()).toEqual(['asked.png', 'folder']);
});

it('keeps what a social image asked for in this process, and a cache not made yet is nothing to sweep', async () => {
  process.env.ASTRO_CACHE_DIR = join(root, 'astro');
  const dir = join(root, 'astro', 'social-images');
  expect(sweepImageCache(dir)).toEqual({ removed: 0, bytes: 0, kept: 0 });
  await cachedSocialImage({ title: 'Kept', siteName: 'Site' });
  const [made] = await readdir(dir);
  const past = (Date.now() - 2 * UNUSED_IMAGE_AGE_MS) / 1000;
  await utimes(join(dir, made!), past, past);
  expect(sweepImageCache(dir)).toEqual({ removed: 0, bytes: 0, kept: 1 });
  expect(existsSync(join(dir, made!))).toBe(true);
});
