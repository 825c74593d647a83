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

describe('the headline card of an article without a photo', () => {
  it('is a 1200 x 630 PNG with the site name on its baseline and the headline in white on the accent colour', async () => {
    const png = await renderSocialImage({ title: 'Storm hits the coast', siteName: 'ÉHÉH' });
    const { data, info } = await sharp(png).raw().toBuffer({ resolveWithObject: true });
    expect([info.width, info.height, info.channels]).toEqual([1200, 630, 3]);
    const whiteRows = (from: number, to: number) =>
      Array.from({ length: to - from }, (_, i) => from + i).filter((y) =>
        Array.from({ length: 300 }, (_, x) => 80 + x).some((x) =>
          data.subarray((y * 1200 + x) * 3, (y * 1200 + x) * 3 + 3).every((c) => c > 240),
        ),
      );
    // The site name ("É" and "H" end on the baseline, at 120) and the headline's rows, centred.
    const site = whiteRows(75, 140);
    expect(site.at(-1)).toBeGreaterThanOrEqual(118);
    expect(site.at(-1)).toBeLessThanOrEqual(120);
    expect(whiteRows(280, 360).length).toBeGreaterThan(30);
    expect([...data.subarray(0, 3)]).toEqual([0x0b, 0x57, 0xa4]);
  });
});
