import { copyFile, mkdir, mkdtemp, readFile, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { bandedPhoto } from '../../../src/images/card-drawing.ts';
import {
  cachedUpdateCardFile,
  renderUpdateCard,
  updateCardCachePath,
} from '../../../src/images/update-card.ts';
import { updateCardLayout } from '../../../src/model/update-card.ts';
import { linkOrCopy } from '../../../src/integrations/permalinks.ts';
import { CARD_CODE_VARIABLE, cardFiles, noteCardCode } from '../../../src/images/card-code.ts';
import { projectRoot } from '../../helpers/temp-site.ts';
import { makePhoto } from '../../helpers/photo-fixtures.ts';

let dir: string;
const saved = process.env.ASTRO_CACHE_DIR;
const text = {
  headline: 'Bridge closed after the storm',
  time: '24 March 2024, 15:30 CET',
  articleTitle: 'Storm hits the coast',
  siteName: 'Live News',
};

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'live-news-update-card-'));
  process.env.ASTRO_CACHE_DIR = join(dir, 'cache');
});

afterAll(async () => {
  if (saved === undefined) delete process.env.ASTRO_CACHE_DIR;
  else process.env.ASTRO_CACHE_DIR = saved;
  await rm(dir, { recursive: true, force: true });
});

describe('update cards', () => {
  test('without a photo: a 1200 x 630 PNG', async () => {
    const meta = await sharp(await renderUpdateCard(text)).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['png', 1200, 630]);
  });

  test('the texts stand where the layout puts their baselines, in white on the accent colour', async () => {
    // "É" and "H" have no descender: their ink ends on the baseline, which the layout puts at 570
    // for the time. The accent reaches higher than the letters the fonts are measured with.
    const { data } = await sharp(await renderUpdateCard({ ...text, time: 'ÉHÉH' }))
      .raw()
      .toBuffer({ resolveWithObject: true });
    const white = (x: number, y: number) =>
      data.subarray((y * 1200 + x) * 3, (y * 1200 + x) * 3 + 3).every((c) => c > 240);
    const rows = (from: number, to: number) =>
      Array.from({ length: to - from }, (_, i) => from + i).filter((y) =>
        Array.from({ length: 400 }, (_, x) => 80 + x).some((x) => white(x, y)),
      );
    const timeRows = rows(500, 630);
    expect(timeRows.at(-1)).toBeGreaterThanOrEqual(568);
    expect(timeRows.at(-1)).toBeLessThanOrEqual(570);
    // The rule, and the accent colour around it.
    expect(white(80, 60) && white(199, 67)).toBe(true);
    expect([...data.subarray(0, 3)]).toEqual([0x0b, 0x57, 0xa4]);
  });

  test('a headline that looks like markup, quotes or control characters is drawn as its text', async () => {
    const inked = async (headline: string) => {
      const { data } = await sharp(await renderUpdateCard({ ...text, headline }))
        .raw()
        .toBuffer({ resolveWithObject: true });
      return data.filter((c) => c > 240).length;
    };
    const plain = await inked('x');
    // Each tag's characters are drawn: far more white than the "x" alone.
    expect(await inked('<b>x</b> <span foreground="red">&amp;</span>')).toBeGreaterThan(plain * 3);
    expect(await inked(`x \u0001 "'&`)).toBeGreaterThan(plain);
  });

  test('over the article photo: a 1200 x 630 JPEG, cropped from any shape, with no EXIF', async () => {
    const photoPath = join(dir, 'tall.jpg');
    await makePhoto(photoPath, { width: 400, height: 900, gps: true });
    const png = await renderUpdateCard({ ...text, photoPath });
    const meta = await sharp(png).metadata();
    // A JPEG: the photo is most of the card (docs/reading.md).
    expect([meta.format, meta.width, meta.height, meta.exif]).toEqual(['jpeg', 1200, 630, undefined]);
    // The photo shows above the text band: the top is not the plain card's accent colour.
    const { data } = await sharp(png)
      .extract({ left: 0, top: 0, width: 1, height: 1 })
      .raw()
      .toBuffer({ resolveWithObject: true });
    expect([...data.subarray(0, 3)]).not.toEqual([0x0b, 0x57, 0xa4]);
  });

  test('over a greyscale photo: the photo in grey and the band darker, in RGB', async () => {
    const photoPath = join(dir, 'grey.jpg');
    await sharp({ create: { width: 1600, height: 1067, channels: 3, background: '#c0c0c0' } })
      .toColourspace('b-w')
      .jpeg()
      .toFile(photoPath);
    expect((await sharp(photoPath).metadata()).channels).toBe(1);
    const { data, info } = await sharp(await renderUpdateCard({ ...text, photoPath }))
      .raw()
      .toBuffer({ resolveWithObject: true });
    expect(info.channels).toBe(3);
    const pixel = (x: number, y: number) => [...data.subarray((y * 1200 + x) * 3, (y * 1200 + x) * 3 + 3)];
    expect(pixel(0, 0)[0]).toBeGreaterThan(180);
    // Under the band at the bottom left corner: 28 % of the grey.
    expect(pixel(0, 629)[0]).toBeLessThan(70);
  });

  test("over a transparent photo: its clear parts on white, as in the article's og.jpg", async () => {
    const photoPath = join(dir, 'clear.png');
    // Clear black pixels: a photo's transparent parts often hold black under the alpha.
    await sharp({
      create: { width: 800, height: 420, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0 } },
    })
      .png()
      .toFile(photoPath);
    const { data } = await sharp(await renderUpdateCard({ ...text, photoPath }))
      .raw()
      .toBuffer({ resolveWithObject: true });
    const pixel = (x: number, y: number) => [...data.subarray((y * 1200 + x) * 3, (y * 1200 + x) * 3 + 3)];
    // Above the band: white, not the black under the alpha.
    for (const value of pixel(600, 20)) expect(value).toBeGreaterThan(245);
    // Under the band: 28 % of white.
    for (const value of pixel(0, 629)) expect(value).toBeGreaterThan(55);
  });

  test('cards of one photo with headlines of one, two and three lines each darken the photo from their own band', async () => {
    const photoPath = join(dir, 'light.jpg');
    await sharp({ create: { width: 1600, height: 1067, channels: 3, background: '#c0c0c0' } })
      .jpeg()
      .toFile(photoPath);
    const headlines = [
      'Bridge closed',
      'Bridge closed after the storm as engineers check the damage',
      'Bridge closed after the storm as engineers check the damage to the piers and the road deck overnight',
    ];
    // Alternately, so each card follows one of another band over the same photo.
    for (const headline of [...headlines, ...headlines.toReversed()]) {
      const bandTop = updateCardLayout({ ...text, headline }, true).bandTop!;
      const { data } = await sharp(await renderUpdateCard({ ...text, headline, photoPath }))
        .raw()
        .toBuffer({ resolveWithObject: true });
      // The right edge has no text: the photo above the band, 28 % of it below.
      const red = (y: number) => data[(y * 1200 + 1195) * 3]!;
      expect(red(bandTop - 4), headline).toBeGreaterThan(170);
      expect(red(bandTop + 4), headline).toBeLessThan(70);
    }
    expect(
      new Set(headlines.map((headline) => updateCardLayout({ ...text, headline }, true).bandTop)).size,
    ).toBe(3);
  });

  test("a band is darkened in a copy: the cropped photo the article's other cards use stays as it was", () => {
    const photo = {
      data: Buffer.alloc(4 * 2 * 3, 200),
      info: { width: 4, height: 2, channels: 3 },
    } as Parameters<typeof bandedPhoto>[0];
    const banded = bandedPhoto(photo, 1);
    expect([...banded.data]).toEqual([...Array(12).fill(200), ...Array(12).fill(56)]);
    expect([...photo.data]).toEqual(Array(24).fill(200));
    expect(banded.bandTop).toBe(1);
  });

  test('cards of several photos, and of a photo replaced under the same name, each show their own photo', async () => {
    const topLeft = async (png: Buffer) => [
      ...(await sharp(png).extract({ left: 0, top: 0, width: 1, height: 1 }).raw().toBuffer()).subarray(0, 3),
    ];
    const red = join(dir, 'red.jpg');
    const green = join(dir, 'green.jpg');
    await makePhoto(red, { width: 1600, height: 1067, colour: '#cc0000' });
    await makePhoto(green, { width: 1600, height: 1067, colour: '#00cc00' });
    // Cropped photos are kept for the last few files: red, then green, then red again.
    for (const [photoPath, channel] of [
      [red, 0],
      [green, 1],
      [red, 0],
    ] as const) {
      const pixel = await topLeft(await renderUpdateCard({ ...text, photoPath }));
      expect(pixel[channel]).toBeGreaterThan(150);
    }
    // The same file name with another photo in it (a later modification time): the new photo.
    await new Promise((resolve) => setTimeout(resolve, 20));
    await makePhoto(red, { width: 1600, height: 1067, colour: '#0000cc' });
    expect((await topLeft(await renderUpdateCard({ ...text, photoPath: red })))[2]).toBeGreaterThan(150);
  });

  test('the cached card is the same image, read back from the cache', async () => {
    const first = await readFile(await cachedUpdateCardFile(text));
    expect(first.equals(await renderUpdateCard(text))).toBe(true);
    expect((await readFile(await cachedUpdateCardFile(text))).equals(first)).toBe(true);
  });

  test("a card over a photo is cached by the photo's bytes, not its file's time (a fresh checkout keeps the cache)", async () => {
    const photoPath = join(dir, 'checkout.jpg');
    await makePhoto(photoPath, { width: 1600, height: 1067 });
    const card = { ...text, photoPath };
    const cached = await cachedUpdateCardFile(card);
    // A new checkout: the same bytes written again, with another time.
    await copyFile(photoPath, `${photoPath}.copy`);
    await rm(photoPath);
    await copyFile(`${photoPath}.copy`, photoPath);
    await utimes(photoPath, new Date('2020-01-01'), new Date('2020-01-01'));
    expect(await updateCardCachePath(card)).toBe(cached);
    // Another photo under the same name and time: another card.
    await makePhoto(photoPath, { width: 1600, height: 1067, colour: '#0000cc' });
    await utimes(photoPath, new Date('2020-01-01'), new Date('2020-01-01'));
    expect(await updateCardCachePath(card)).not.toBe(cached);
  });

  test('a card is cached by the code that draws it: another noted key, another file', async () => {
    const saved = process.env[CARD_CODE_VARIABLE];
    try {
      noteCardCode(projectRoot);
      const noted = await updateCardCachePath(text);
      process.env[CARD_CODE_VARIABLE] = 'other drawing code';
      expect(await updateCardCachePath(text)).not.toBe(noted);
      noteCardCode(projectRoot);
      expect(await updateCardCachePath(text)).toBe(noted);
    } finally {
      if (saved === undefined) delete process.env[CARD_CODE_VARIABLE];
      else process.env[CARD_CODE_VARIABLE] = saved;
    }
    // The key covers the drawing, the layout and the palette PNG, not only the entry files.
    const files = cardFiles(projectRoot);
    for (const file of [
      'src/images/card-drawing.ts',
      'src/images/text-mask.ts',
      'src/images/palette-png.ts',
      'src/model/card-layout.ts',
      'src/model/update-card.ts',
    ])
      expect(files).toContain(file);
  });

  test('a card goes into the site as a link to the cached file, which a later write never changes', async () => {
    const other = { ...text, headline: 'A second headline' };
    const cached = await cachedUpdateCardFile(other);
    const bytes = await readFile(cached);
    expect(bytes.equals(await renderUpdateCard(other))).toBe(true);
    expect(await cachedUpdateCardFile(other)).toBe(cached);
    const site = join(dir, 'site', 'updates', 'x');
    await mkdir(site, { recursive: true });
    const target = join(site, 'og.png');
    await linkOrCopy(cached, target);
    expect((await stat(target)).ino).toBe((await stat(cached)).ino);
    // Whatever replaces the card in the site (here another card) leaves the cache as it was.
    await writeFile(join(dir, 'other.png'), 'not the card');
    await linkOrCopy(join(dir, 'other.png'), target);
    expect(await readFile(target, 'utf8')).toBe('not the card');
    expect((await readFile(cached)).equals(bytes)).toBe(true);
  });
});
