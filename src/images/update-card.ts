import { stat } from 'node:fs/promises';
import sharp, { type OutputInfo } from 'sharp';
import { updateCardSvg, type UpdateCardText } from '../model/update-card.ts';
import { SOCIAL_IMAGE_HEIGHT, SOCIAL_IMAGE_WIDTH } from '../model/social-image.ts';
import { MAX_PHOTO_PIXELS } from './inspect-photo.ts';
import { cachedPng, cachedPngFile } from './social-image.ts';

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

/**
 * A 1200 x 630 PNG, like the article's og.png: the update's headline and time over the
 * article's lead photo (cropped around its most interesting part), or on a plain card
 * with the article's name. sharp writes no EXIF (so no GPS).
 */
export async function renderUpdateCard(input: UpdateCardInput): Promise<Buffer> {
  const svg = Buffer.from(updateCardSvg(input, input.photoPath !== undefined, SIZE.width, SIZE.height));
  if (!input.photoPath) return sharp(svg).removeAlpha().png(PNG).toBuffer();
  const photo = await photoBackground(input.photoPath);
  return sharp(photo.data, { raw: photo.info })
    .composite([{ input: svg }])
    .removeAlpha()
    .png(PNG)
    .toBuffer();
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

// Version 2: opaque PNGs, the photo cropped once per article.
const cardKey = (input: UpdateCardInput) => ['update', 2, input];
