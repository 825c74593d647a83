import { mkdtemp, readdir, rm } from 'node:fs/promises';
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
});
