import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import sharp from 'sharp';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  renderSocialImage,
  socialImage,
  startSocialImages,
  type SocialImageInput,
} from '../../../src/images/social-image.ts';

let cache: string;
const saved = process.env.ASTRO_CACHE_DIR;
const cached = async () => (await readdir(join(cache, 'social-images')).catch(() => [])).length;
const until = async (test: () => Promise<boolean>) => {
  for (let i = 0; i < 200 && !(await test()); i++) await new Promise((r) => setTimeout(r, 25));
};

beforeAll(async () => {
  cache = await mkdtemp(join(tmpdir(), 'live-news-social-'));
  process.env.ASTRO_CACHE_DIR = cache;
});

afterAll(async () => {
  if (saved === undefined) delete process.env.ASTRO_CACHE_DIR;
  else process.env.ASTRO_CACHE_DIR = saved;
  await rm(cache, { recursive: true, force: true });
});

describe('social images started ahead of their routes', () => {
  it('are made in the background, and the route gets the same image', async () => {
    const inputs: SocialImageInput[] = [
      { title: 'First', siteName: 'Site' },
      { title: 'Second', siteName: 'Site' },
    ];
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    try {
      startSocialImages([
        () => Promise.reject(new Error('photo vanished')),
        ...inputs.map((input) => () => Promise.resolve(input)),
      ]);
      // Nobody asked for them yet: both are made (and cached) anyway, past the failed one.
      await until(async () => (await cached()) === 2);
      expect(await cached()).toBe(2);
      for (const input of inputs)
        expect((await socialImage(input)).equals(await renderSocialImage(input))).toBe(true);
      expect(unhandled).toEqual([]);
    } finally {
      process.off('unhandledRejection', onUnhandled);
    }
  });

  it('are not made twice when the route asks first', async () => {
    const input = { title: 'Asked first', siteName: 'Site' };
    const png = await socialImage(input);
    await rm(join(cache, 'social-images'), { recursive: true });
    startSocialImages([() => Promise.resolve(input)]);
    await new Promise((r) => setTimeout(r, 300));
    expect(await cached()).toBe(0);
    expect(png.equals(await renderSocialImage(input))).toBe(true);
  });

  it('are made again by the route when the background attempt failed', async () => {
    const input = { title: 'Retried', siteName: 'Site', photoPath: join(cache, 'not-there-yet.jpg') };
    startSocialImages([() => Promise.resolve(input)]);
    await new Promise((r) => setTimeout(r, 300));
    // The photo arrives after the background attempt failed: the route's own attempt works.
    await writeFile(
      input.photoPath,
      await sharp({ create: { width: 40, height: 30, channels: 3, background: '#888' } })
        .jpeg()
        .toBuffer(),
    );
    const png = await socialImage(input);
    expect((await sharp(png).metadata()).width).toBe(1200);
  });
});
