import { stat } from 'node:fs/promises';
import sharp, { type OutputInfo } from 'sharp';
import { BAND_KEEPS, CARD_ACCENT, updateCardLayout, type UpdateCardText } from '../model/update-card.ts';
import { SOCIAL_IMAGE_HEIGHT, SOCIAL_IMAGE_WIDTH } from '../model/social-image.ts';
import { MAX_PHOTO_PIXELS } from './inspect-photo.ts';
import { palettePng, pngRowsIndex, pngRowsLength } from './palette-png.ts';
import { cachedPng, cachedPngFile } from './social-image.ts';
import { drawMask, textMask } from './text-mask.ts';

/** What a shared update's card is made from. */
export interface UpdateCardInput extends UpdateCardText {
  /** The article's lead photo (original file), when it has one. */
  photoPath?: string;
}

const SIZE = { width: SOCIAL_IMAGE_WIDTH, height: SOCIAL_IMAGE_HEIGHT };
// Level 6, not og.png's 9: a third of the CPU time for a file a third larger, and
// there can be thousands of update cards against one og.png per article. A card is
// opaque, so it is written without an alpha channel (less to filter and compress).
const PNG = { compressionLevel: 6 } as const;

/** Shades from the accent colour (index 0) to white (255): a card without a photo is its text's coverage. */
const ACCENT_TO_WHITE = Uint8Array.from({ length: 768 }, (_, i) => {
  const coverage = Math.floor(i / 3);
  const accent = CARD_ACCENT[i % 3]!;
  return Math.round(accent + ((255 - accent) * coverage) / 255);
});

/** A channel's value under the band. */
const IN_BAND = Uint8Array.from({ length: 256 }, (_, value) => Math.round(value * BAND_KEEPS));

/**
 * A 1200 x 630 PNG, like the article's og.png: the update's headline and time over the
 * article's lead photo (cropped around its most interesting part), or on a plain card
 * with the article's name. sharp writes no EXIF (so no GPS).
 *
 * Drawn from its parts rather than as one SVG: Pango sets each text (about 2 ms for a
 * headline, src/images/text-mask.ts), and the card without a photo is written as 256 shades
 * of the accent colour (src/images/palette-png.ts). That is 3 to 4 ms of CPU a card, against
 * 11 to 12 ms through librsvg; a build can have thousands (issue 21).
 */
export async function renderUpdateCard(input: UpdateCardInput): Promise<Buffer> {
  const layout = updateCardLayout(input, input.photoPath !== undefined, SIZE.width, SIZE.height);
  const masks = await Promise.all(layout.texts.map(textMask));
  const photo = input.photoPath ? await photoBackground(input.photoPath) : undefined;
  return withBuffer(pngRowsLength(SIZE.width, SIZE.height), async (data) => {
    const coverage = { data: data.fill(0), ...SIZE };
    for (const mask of masks) drawMask(coverage, mask);
    if (!photo) {
      const rule = layout.rule!;
      for (let y = rule.y; y < rule.y + rule.height; y++) {
        const from = pngRowsIndex(coverage, rule.x, y);
        data.fill(255, from, from + rule.width);
      }
      return palettePng(coverage, ACCENT_TO_WHITE);
    }
    return withBuffer(photo.data.length, (pixels) => {
      photo.data.copy(pixels);
      // The band under the text: black at 72 % over the photo, then the text in white over both.
      for (let i = layout.bandTop! * SIZE.width * 3; i < pixels.length; i++) pixels[i] = IN_BAND[pixels[i]!]!;
      for (let y = 0, i = 0; y < SIZE.height; y++) {
        for (let p = pngRowsIndex(coverage, 0, y), end = p + SIZE.width; p < end; p++, i += 3) {
          const ink = data[p]!;
          if (ink === 0) continue;
          for (let c = i; c < i + 3; c++)
            pixels[c] = pixels[c]! + Math.round(((255 - pixels[c]!) * ink) / 255);
        }
      }
      return sharp(pixels, { raw: photo.info }).png(PNG).toBuffer();
    });
  });
}

/**
 * Large buffers used again card after card. A new 1 to 2 MB buffer for each of thousands of
 * cards kept the build's main thread in garbage collection a fifth of the time.
 */
const spare = new Map<number, Buffer[]>();
const SPARE_EACH = 4;

async function withBuffer<T>(size: number, use: (buffer: Buffer) => Promise<T>): Promise<T> {
  let buffers = spare.get(size);
  if (!buffers) spare.set(size, (buffers = []));
  const buffer = buffers.pop() ?? Buffer.allocUnsafe(size);
  try {
    return await use(buffer);
  } finally {
    if (buffers.length < SPARE_EACH) buffers.push(buffer);
  }
}

type Background = { data: Buffer; info: OutputInfo };
/**
 * The article photo cropped to the card, as raw pixels, for the last few photos: an
 * article's cards are made one after another, and decoding and cropping a photo again
 * for each card cost more than the rest of the card.
 */
const backgrounds = new Map<string, Promise<Background>>();
const KEPT_BACKGROUNDS = 4;

async function photoBackground(path: string): Promise<Background> {
  const { size, mtimeMs } = await stat(path);
  const key = JSON.stringify([path, size, mtimeMs]);
  let background = backgrounds.get(key);
  if (!background) {
    background = sharp(path, { limitInputPixels: MAX_PHOTO_PIXELS })
      .rotate()
      .resize({ ...SIZE, fit: 'cover', position: sharp.strategy.attention })
      // Three channels whatever the photo has (greyscale, CMYK): the card is drawn in RGB.
      .toColourspace('srgb')
      .removeAlpha()
      .raw()
      .toBuffer({ resolveWithObject: true });
    // A photo that fails is not kept: the next card tries it again and reports its own error.
    background.catch(() => backgrounds.delete(key));
  }
  // Most recently used last; the oldest goes once more than KEPT_BACKGROUNDS are kept.
  backgrounds.delete(key);
  backgrounds.set(key, background);
  for (const old of backgrounds.keys()) {
    if (backgrounds.size <= KEPT_BACKGROUNDS) break;
    backgrounds.delete(old);
  }
  return background;
}

/** The same, cached between builds with the article images (social-image.ts). */
export function cachedUpdateCard(input: UpdateCardInput): Promise<Buffer> {
  return cachedPng(cardKey(input), input.photoPath, () => renderUpdateCard(input));
}

/** The same, as the cached file (made first if need be), to link into the site. */
export function cachedUpdateCardFile(input: UpdateCardInput): Promise<string> {
  return cachedPngFile(cardKey(input), input.photoPath, () => renderUpdateCard(input));
}

// Version 3: drawn from its parts, a card without a photo as a palette PNG.
const cardKey = (input: UpdateCardInput) => ['update', 3, input];
