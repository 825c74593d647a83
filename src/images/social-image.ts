import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import sharp from 'sharp';
import { headlineCardSvg } from '../model/headline-card.ts';
import { SOCIAL_IMAGE_HEIGHT, SOCIAL_IMAGE_WIDTH } from '../model/social-image.ts';
import { MAX_PHOTO_PIXELS } from './inspect-photo.ts';

/** What the social image of an article is made from. */
export interface SocialImageInput {
  title: string;
  siteName: string;
  /** The lead photo's original file, when the article has one. */
  photoPath?: string;
}

/**
 * A 1200 x 630 PNG: the lead photo cropped around its most interesting part, or
 * a headline card. sharp writes no EXIF (so no GPS) unless told to keep it.
 */
export async function renderSocialImage(input: SocialImageInput): Promise<Buffer> {
  const size = { width: SOCIAL_IMAGE_WIDTH, height: SOCIAL_IMAGE_HEIGHT };
  if (input.photoPath) {
    return sharp(input.photoPath, { limitInputPixels: MAX_PHOTO_PIXELS })
      .rotate()
      .resize({ ...size, fit: 'cover', position: sharp.strategy.attention })
      .png({ compressionLevel: 9 })
      .toBuffer();
  }
  return sharp(Buffer.from(headlineCardSvg(input.title, input.siteName, size.width, size.height)))
    .png({ compressionLevel: 9 })
    .toBuffer();
}

/**
 * The same, cached between builds in Astro's cache folder (as astro:assets caches
 * photos), keyed by the inputs and the photo file's size and modification time.
 */
export async function cachedSocialImage(input: SocialImageInput): Promise<Buffer> {
  const file = input.photoPath ? await stat(input.photoPath) : undefined;
  const key = createHash('sha256')
    .update(JSON.stringify([1, input, file?.size, file?.mtimeMs]))
    .digest('hex');
  const dir = join(resolve(process.env.ASTRO_CACHE_DIR || 'node_modules/.astro'), 'social-images');
  const path = join(dir, `${key}.png`);
  try {
    return await readFile(path);
  } catch {
    const png = await renderSocialImage(input);
    await mkdir(dir, { recursive: true });
    // Written aside then renamed, so a parallel build never reads half a file.
    const temp = `${path}.${process.pid}.tmp`;
    await writeFile(temp, png);
    await rename(temp, path);
    return png;
  }
}
