import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import sharp from 'sharp';
import { headlineCardLayout } from '../model/headline-card.ts';
import { CARD_JPEG, drawCard } from './card-drawing.ts';
import { cardExtension, SOCIAL_IMAGE_HEIGHT, SOCIAL_IMAGE_WIDTH } from '../model/social-image.ts';
import { MAX_PHOTO_PIXELS } from './inspect-photo.ts';
import { cardCode } from './card-code.ts';
import { imageCacheDir, noteImageUsed } from './image-cache.ts';
import { cardFontsKey } from './card-fonts.ts';

/** What the social image of an article is made from. */
export interface SocialImageInput {
  title: string;
  siteName: string;
  /** The lead photo's original file, when the article has one. */
  photoPath?: string;
}

/**
 * A 1200 x 630 image: the lead photo cropped around its most interesting part, as a JPEG
 * (transparent parts on white), or a headline card as a PNG (src/images/card-drawing.ts).
 * sharp writes no EXIF (so no GPS) unless told to keep it.
 */
export async function renderSocialImage(input: SocialImageInput): Promise<Buffer> {
  const size = { width: SOCIAL_IMAGE_WIDTH, height: SOCIAL_IMAGE_HEIGHT };
  if (input.photoPath) {
    return sharp(input.photoPath, { limitInputPixels: MAX_PHOTO_PIXELS })
      .rotate()
      .resize({ ...size, fit: 'cover', position: sharp.strategy.attention })
      .flatten({ background: '#ffffff' })
      .toColourspace('srgb')
      .jpeg(CARD_JPEG)
      .toBuffer();
  }
  return drawCard(headlineCardLayout(input.title, input.siteName, size.width, size.height));
}

/**
 * The same, cached between builds in Astro's cache folder (as astro:assets caches
 * photos), keyed by the inputs and the photo's bytes (cachePath).
 */
export function cachedSocialImage(input: SocialImageInput): Promise<Buffer> {
  const extension = cardExtension(input.photoPath !== undefined);
  // From a photo it is a crop, with no text: the fonts do not count.
  const setsText = input.photoPath === undefined;
  return cachedImage(
    ['article', input],
    input.photoPath,
    extension,
    () => renderSocialImage(input),
    setsText,
  );
}

/**
 * An image (`extension`: png or jpg) `render` makes, cached by `key` (JSON), the photo file it
 * reads, if any, and the fonts when it `setsText`.
 */
export async function cachedImage(
  key: unknown[],
  photoPath: string | undefined,
  extension: 'png' | 'jpg',
  render: () => Promise<Buffer>,
  setsText = true,
): Promise<Buffer> {
  const path = await cachePath(key, photoPath, extension, setsText);
  try {
    return await readFile(path);
  } catch {
    const png = await render();
    await writeCached(path, png);
    return png;
  }
}

/**
 * The same, as the cached file's path, for a caller that links it into the site instead of
 * copying it. A cached file is never written again in place (only renamed over), so a link
 * to it keeps its bytes.
 */
export async function cachedImageFile(
  key: unknown[],
  photoPath: string | undefined,
  extension: 'png' | 'jpg',
  render: () => Promise<Buffer>,
): Promise<string> {
  const path = await cachePath(key, photoPath, extension);
  if (!existsSync(path)) await writeCached(path, await render());
  return path;
}

/**
 * Where the image of `key` (and the photo file it reads, if any) is cached, whether it is there
 * yet or not. A photo counts by its bytes, not its file's time: a fresh checkout (a CI runner
 * that restores the cache, docs/deploying.md) gives every file a new time, and its cards and
 * social images are still the cached ones. An image that `setsText` counts the fonts it is set in
 * too (card-fonts.ts).
 */
export async function cachePath(
  key: unknown[],
  photoPath: string | undefined,
  extension: string,
  setsText = true,
): Promise<string> {
  const photo = photoPath ? await photoDigest(photoPath) : undefined;
  const fonts = setsText ? await cardFontsKey() : undefined;
  // And the code that draws it (card-code.ts): a change to it draws the image again.
  const hash = createHash('sha256')
    .update(JSON.stringify([...key, photo, fonts, cardCode()]))
    .digest('hex');
  const path = join(imageCacheDir(), `${hash}.${extension}`);
  // Kept by the sweep after a full build (image-cache.ts).
  noteImageUsed(path);
  return path;
}

/**
 * A photo file's SHA-256, read once per file, size and time in this process (an article's
 * cards all ask for it): about 10 ms for a 5 MB photo.
 */
const digests = new Map<string, Promise<string>>();

async function photoDigest(path: string): Promise<string> {
  const { size, mtimeMs } = await stat(path);
  const key = JSON.stringify([path, size, mtimeMs]);
  let digest = digests.get(key);
  if (!digest) {
    digest = readFile(path).then((bytes) => createHash('sha256').update(bytes).digest('hex'));
    // A file that could not be read is read again next time, and reports its own error.
    digest.catch(() => digests.delete(key));
    digests.set(key, digest);
  }
  return digest;
}

async function writeCached(path: string, png: Buffer): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  // Written aside then renamed, so a parallel build never reads half a file.
  const temp = `${path}.${process.pid}.tmp`;
  await writeFile(temp, png);
  await rename(temp, path);
}

/** Social images started ahead of their route, by their inputs (JSON). */
const started = new Map<string, Promise<Buffer>>();
/** Images a route already asked for: not started again in the background. */
const asked = new Set<string>();

/** The social image for `input`: the one `startSocialImages` already began, or a new one. */
export function socialImage(input: SocialImageInput): Promise<Buffer> {
  const key = JSON.stringify(input);
  asked.add(key);
  const early = started.get(key);
  started.delete(key);
  // One that failed in the background is made again here, so the route reports its own error.
  return early ? early.catch(() => cachedSocialImage(input)) : cachedSocialImage(input);
}

/**
 * Begins the social images of a build in the background, one at a time: sharp
 * encodes them on a libuv thread, on the second core, while Astro renders the
 * pages that come before the og.png routes on the first. A failure surfaces when
 * the route asks for that image (socialImage), not here.
 */
export function startSocialImages(inputs: Iterable<() => Promise<SocialImageInput>>): void {
  void (async () => {
    for (const inputOf of inputs) {
      try {
        const input = await inputOf();
        const key = JSON.stringify(input);
        if (started.has(key) || asked.has(key)) continue;
        const png = cachedSocialImage(input);
        started.set(key, png);
        await png;
      } catch {
        // The route makes that image again and reports its error (socialImage).
      }
    }
  })();
}
