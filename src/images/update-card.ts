import { stat } from 'node:fs/promises';
import sharp from 'sharp';
import { updateCardLayout, type UpdateCardText } from '../model/update-card.ts';
import { cardExtension, SOCIAL_IMAGE_HEIGHT, SOCIAL_IMAGE_WIDTH } from '../model/social-image.ts';
import { MAX_PHOTO_PIXELS } from './inspect-photo.ts';
import { bandedPhoto, drawCard, type BandedPhoto, type CardPhoto } from './card-drawing.ts';
import { recentResult } from './recent-results.ts';
import { cachedImageFile, cachePath } from './social-image.ts';

/** What a shared update's card is made from. */
export interface UpdateCardInput extends UpdateCardText {
  /** The article's lead photo (original file), when it has one. */
  photoPath?: string;
}

const SIZE = { width: SOCIAL_IMAGE_WIDTH, height: SOCIAL_IMAGE_HEIGHT };
/** The card as the dev server's og.png and og.jpg routes answer it. */
export async function updateCardResponse(input: UpdateCardInput): Promise<Response> {
  const image = await renderUpdateCard(input);
  const type = extension(input) === 'jpg' ? 'image/jpeg' : 'image/png';
  return new Response(new Uint8Array(image), { headers: { 'content-type': type } });
}

/**
 * A 1200 x 630 image, like the article's og.png: the update's headline and time over the
 * article's lead photo (cropped around its most interesting part), or on a plain card
 * with the article's name (src/images/card-drawing.ts): a JPEG over a photo, else a PNG.
 * sharp writes no EXIF (so no GPS).
 */
export async function renderUpdateCard(input: UpdateCardInput): Promise<Buffer> {
  const layout = updateCardLayout(input, input.photoPath !== undefined, SIZE.width, SIZE.height);
  return drawCard(
    layout,
    input.photoPath ? await photoBackground(input.photoPath, layout.bandTop!) : undefined,
  );
}

/**
 * The article photo cropped to the card, as raw pixels, for the last few photos: an
 * article's cards are made one after another, and decoding and cropping a photo again
 * for each card cost more than the rest of the card.
 */
const backgrounds = new Map<string, Promise<CardPhoto>>();
const KEPT_BACKGROUNDS = 4;
/** The same with the band darkened, by photo and band (a headline of one, two or three lines). */
const banded = new Map<string, Promise<BandedPhoto>>();
const KEPT_BANDED = 8;

async function photoBackground(path: string, bandTop: number): Promise<BandedPhoto> {
  const { size, mtimeMs } = await stat(path);
  const key = JSON.stringify([path, size, mtimeMs]);
  return recentResult(banded, JSON.stringify([key, bandTop]), KEPT_BANDED, async () =>
    bandedPhoto(await croppedPhoto(path, key), bandTop),
  );
}

function croppedPhoto(path: string, key: string): Promise<CardPhoto> {
  return recentResult(backgrounds, key, KEPT_BACKGROUNDS, () =>
    sharp(path, { limitInputPixels: MAX_PHOTO_PIXELS })
      .rotate()
      .resize({ ...SIZE, fit: 'cover', position: sharp.strategy.attention })
      // Transparent parts on white, as in the article's og.jpg (social-image.ts); three channels
      // whatever the photo has (greyscale, CMYK): the card is drawn in RGB.
      .flatten({ background: '#ffffff' })
      .toColourspace('srgb')
      .raw()
      .toBuffer({ resolveWithObject: true }),
  );
}

/** The same, cached between builds with the article images (social-image.ts): the cached file (made first if need be), to link into the site. */
export function cachedUpdateCardFile(input: UpdateCardInput): Promise<string> {
  return cachedImageFile(cardKey(input), input.photoPath, extension(input), () => renderUpdateCard(input));
}

/** Where the card of `input` is cached, whether it is drawn yet or not. */
export function updateCardCachePath(input: UpdateCardInput): Promise<string> {
  return cachePath(cardKey(input), input.photoPath, extension(input));
}

// The code that draws it is in the key too (cachePath, card-code.ts): no version to change by hand.
const cardKey = (input: UpdateCardInput) => ['update', input];
const extension = (input: UpdateCardInput) => cardExtension(input.photoPath !== undefined);
