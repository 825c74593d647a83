import sharp from 'sharp';
import { updateCardSvg, type UpdateCardText } from '../model/update-card.ts';
import { SOCIAL_IMAGE_HEIGHT, SOCIAL_IMAGE_WIDTH } from '../model/social-image.ts';
import { MAX_PHOTO_PIXELS } from './inspect-photo.ts';
import { cachedPng, cachedPngFile } from './social-image.ts';

/** What a shared update's card is made from. */
export interface UpdateCardInput extends UpdateCardText {
  /** The article's lead photo (original file), when it has one. */
  photoPath?: string;
}

/**
 * A 1200 x 630 PNG, like the article's og.png: the update's headline and time over the
 * article's lead photo (cropped around its most interesting part), or on a plain card
 * with the article's name. sharp writes no EXIF (so no GPS).
 */
export async function renderUpdateCard(input: UpdateCardInput): Promise<Buffer> {
  const size = { width: SOCIAL_IMAGE_WIDTH, height: SOCIAL_IMAGE_HEIGHT };
  const svg = Buffer.from(updateCardSvg(input, input.photoPath !== undefined, size.width, size.height));
  // Level 6, not og.png's 9: a third of the CPU time for a file a third larger, and
  // there can be thousands of update cards against one og.png per article.
  if (!input.photoPath) return sharp(svg).png({ compressionLevel: 6 }).toBuffer();
  return sharp(input.photoPath, { limitInputPixels: MAX_PHOTO_PIXELS })
    .rotate()
    .resize({ ...size, fit: 'cover', position: sharp.strategy.attention })
    .composite([{ input: svg }])
    .png({ compressionLevel: 6 })
    .toBuffer();
}

/** The same, cached between builds with the article images (social-image.ts). */
export function cachedUpdateCard(input: UpdateCardInput): Promise<Buffer> {
  return cachedPng(cardKey(input), input.photoPath, () => renderUpdateCard(input));
}

/** The same, as the cached file (made first if need be), to link into the site. */
export function cachedUpdateCardFile(input: UpdateCardInput): Promise<string> {
  return cachedPngFile(cardKey(input), input.photoPath, () => renderUpdateCard(input));
}

const cardKey = (input: UpdateCardInput) => ['update', 1, input];
