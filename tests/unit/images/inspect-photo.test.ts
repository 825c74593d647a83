import { mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inspectPhotoFile } from '../../../src/images/inspect-photo.ts';
import { renderSocialImage } from '../../../src/images/social-image.ts';
import { hasGps, makeHugePng, makePhoto } from '../../helpers/photo-fixtures.ts';

let dir: string;
const at = (name: string) => join(dir, name);

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'live-news-photos-'));
  const jpeg = await makePhoto(at('good.jpg'), { width: 640, height: 480, colour: '#3366cc' });
  await writeFile(at('truncated.jpg'), jpeg.subarray(0, Math.floor(jpeg.length / 2)));
  await writeFile(at('text.jpg'), 'This is not a photo.\n');
  await writeFile(at('empty.jpg'), '');
  await makePhoto(at('png-named.jpg'), { width: 64, height: 64, format: 'png' });
  await makePhoto(at('jpeg-named.gif'), { width: 64, height: 64 });
  await makePhoto(at('anim.gif'), { width: 64, height: 64, format: 'gif' });
  await makePhoto(at('scan.tiff'), { width: 64, height: 64, format: 'tiff' });
  await makePhoto(at('red.png'), { width: 90, height: 90, colour: '#cc2222', format: 'png' });
  await makePhoto(at('good.avif'), { width: 64, height: 48, format: 'avif' });
  await makePhoto(at('rotated.jpg'), { width: 600, height: 400, orientation: 6, gps: true });
  await makeHugePng(at('huge.png'), 20_000, 20_000);
  await symlink(at('good.jpg'), at('link.jpg'));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('inspectPhotoFile', () => {
  it.each([
    ['missing.jpg', /^does not exist/],
    ['truncated.jpg', /^is damaged or incomplete \(.*premature end.*\)/i],
    ['text.jpg', /^is not an image that can be read/],
    ['empty.jpg', /^is an empty file/],
    ['png-named.jpg', /^is a PNG image but its name ends in ".jpg"; rename it to end in .png$/],
    ['jpeg-named.gif', /^is a JPEG image but its name ends in ".gif"; rename it to end in .jpg$/],
    ['anim.gif', /^is a GIF image; photos must be JPEG, PNG, WebP or AVIF/],
    ['scan.tiff', /^is a TIFF image; photos must be JPEG, PNG, WebP or AVIF/],
    ['huge.png', /^is 20000 x 20000 pixels \(400 megapixels\); the limit is 64 megapixels/],
    ['link.jpg', /^is a symbolic link/],
    ['.', /^is not a file/],
  ])('%s: %s', async (name, message) => {
    const result = await inspectPhotoFile(at(name));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(message);
  });

  it.each([
    ['good.jpg', { width: 640, height: 480, format: 'jpeg', tone: 'photo-tone-111' }],
    // The placeholder is the average colour: mostly red with a yellow square.
    ['red.png', { width: 90, height: 90, format: 'png', tone: 'photo-tone-200' }],
    ['good.avif', { width: 64, height: 48, format: 'avif', tone: 'photo-tone-111' }],
    // Orientation 6: stored 600 x 400, shown 400 x 600.
    ['rotated.jpg', { width: 400, height: 600, format: 'jpeg', tone: 'photo-tone-111' }],
  ])('%s is good', async (name, info) => {
    expect(await inspectPhotoFile(at(name))).toEqual({ ok: true, info });
  });

  it('never changes the file it inspects', async () => {
    const before = await readFile(at('rotated.jpg'));
    await inspectPhotoFile(at('rotated.jpg'));
    expect((await readFile(at('rotated.jpg'))).equals(before)).toBe(true);
  });
});

describe('renderSocialImage', () => {
  it('crops the lead photo to a 1200 x 630 JPEG, upright, without EXIF or GPS', async () => {
    expect(await hasGps(at('rotated.jpg'))).toBe(true);
    const jpeg = await renderSocialImage({ title: 'T', siteName: 'S', photoPath: at('rotated.jpg') });
    const meta = await sharp(jpeg).metadata();
    expect([meta.format, meta.width, meta.height, meta.exif, meta.orientation]).toEqual([
      'jpeg',
      1200,
      630,
      undefined,
      undefined,
    ]);
  });

  it('puts the transparent parts of a lead photo on white, and a photo-less card is a PNG', async () => {
    const clear = at('clear.png');
    await sharp({
      create: { width: 80, height: 60, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0 } },
    })
      .png()
      .toFile(clear);
    const jpeg = await renderSocialImage({ title: 'T', siteName: 'S', photoPath: clear });
    const { data, info } = await sharp(jpeg).raw().toBuffer({ resolveWithObject: true });
    expect(info.channels).toBe(3);
    expect(data.reduce((least, value) => Math.min(least, value), 255)).toBeGreaterThan(245);
    const card = await renderSocialImage({ title: 'T', siteName: 'S' });
    expect((await sharp(card).metadata()).format).toBe('png');
  });

  it('draws a headline card when there is no photo, whatever the headline contains', async () => {
    const png = await renderSocialImage({ title: '</text><script>x</script> & "more"', siteName: 'A & B' });
    const meta = await sharp(png).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['png', 1200, 630]);
  });
});
