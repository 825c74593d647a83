import { lstat } from 'node:fs/promises';
import { extname } from 'node:path';
import sharp from 'sharp';
import { toneOf } from '../model/photo-tone.ts';

/** Largest photo accepted, in pixels: above today's 61-megapixel cameras, and bounded memory. */
export const MAX_PHOTO_PIXELS = 64_000_000;
/** Largest photo file accepted, in bytes. */
export const MAX_PHOTO_BYTES = 50 * 1024 * 1024;

/** What the page needs to know about a good photo file. */
export interface PhotoFileInfo {
  /** Width and height as displayed, after the EXIF orientation is applied. */
  width: number;
  height: number;
  format: PhotoFormat;
  /** Placeholder colour class while the photo loads (see photo-tone.ts). */
  tone: string;
}

export type PhotoFormat = 'jpeg' | 'png' | 'webp' | 'avif';
export type PhotoFileResult = { ok: true; info: PhotoFileInfo } | { ok: false; message: string };

const EXTENSIONS: Record<string, PhotoFormat> = {
  '.jpg': 'jpeg',
  '.jpeg': 'jpeg',
  '.png': 'png',
  '.webp': 'webp',
  '.avif': 'avif',
};
const NAMES: Record<string, string> = { jpeg: 'JPEG', png: 'PNG', webp: 'WebP', avif: 'AVIF', heic: 'HEIC' };
const SUPPORTED = 'photos must be JPEG, PNG, WebP or AVIF';

const cache = new Map<string, Promise<PhotoFileResult>>();

/**
 * Checks a photo file before Astro ever processes it: it exists, is a real file
 * of a supported format whose name tells the truth, is not enormous (the pixel
 * count is read from the header only), and decodes to the end (a truncated
 * upload fails here, not halfway through the build). Memoised per file version,
 * since each content collection reads the tree.
 */
export async function inspectPhotoFile(path: string): Promise<PhotoFileResult> {
  let info;
  try {
    info = await lstat(path);
  } catch {
    return {
      ok: false,
      message: 'does not exist; check the spelling and that the file is in the article folder',
    };
  }
  if (info.isSymbolicLink())
    return { ok: false, message: 'is a symbolic link; copy the real photo file here' };
  if (!info.isFile()) return { ok: false, message: 'is not a file' };
  const key = `${path}\0${info.size}\0${info.mtimeMs}`;
  let result = cache.get(key);
  if (!result) {
    result = inspect(path, info.size);
    cache.set(key, result);
  }
  return result;
}

async function inspect(path: string, size: number): Promise<PhotoFileResult> {
  const fail = (message: string): PhotoFileResult => ({ ok: false, message });
  if (size === 0) return fail('is an empty file; add the photo again');
  if (size > MAX_PHOTO_BYTES) {
    return fail(`is ${(size / 1048576).toFixed(0)} MB; a photo may be at most 50 MB, export a smaller JPEG`);
  }
  let meta;
  try {
    // Header only: no pixels are decoded, whatever size the image claims.
    meta = await sharp(path, { limitInputPixels: false }).metadata();
  } catch {
    return fail(`is not an image that can be read (damaged, or not an image at all); ${SUPPORTED}`);
  }
  const actual = formatOf(meta.format, meta.compression);
  const ext = extname(path).toLowerCase();
  const claimed = EXTENSIONS[ext];
  if (!Object.values(EXTENSIONS).includes(actual as PhotoFormat)) {
    return fail(`is a ${NAMES[actual] ?? actual.toUpperCase()} image; ${SUPPORTED}: save it as JPEG`);
  }
  const format = actual as PhotoFormat;
  if (claimed !== format) {
    const right = format === 'jpeg' ? '.jpg' : `.${format}`;
    return fail(
      `is a ${NAMES[format]} image but its name ends in "${ext || '(no extension)'}"; rename it to end in ${right}`,
    );
  }
  const width = meta.autoOrient?.width ?? meta.width;
  const height = meta.autoOrient?.height ?? meta.height;
  if (!width || !height) return fail('has no width or height; export it again');
  if (width * height > MAX_PHOTO_PIXELS) {
    return fail(
      `is ${width} x ${height} pixels (${Math.round((width * height) / 1e6)} megapixels); the limit is ` +
        `${MAX_PHOTO_PIXELS / 1e6} megapixels: resize it (4000 pixels wide is plenty)`,
    );
  }
  let pixel;
  try {
    // Decoding to the last byte (shrunk on load, so memory stays small) finds truncated
    // files; the average colour it yields is the placeholder shown while the photo loads.
    pixel = await sharp(path, { limitInputPixels: MAX_PHOTO_PIXELS, failOn: 'truncated' })
      .flatten({ background: '#ffffff' })
      .resize(1, 1, { fit: 'fill' })
      .raw()
      .toBuffer();
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return fail(`is damaged or incomplete (${reason}); export or upload it again`);
  }
  return { ok: true, info: { width, height, format, tone: toneOf(pixel[0]!, pixel[1]!, pixel[2]!) } };
}

function formatOf(format: string | undefined, compression: string | undefined): string {
  if (format === 'heif') return compression === 'av1' ? 'avif' : 'heic';
  return format ?? 'unknown';
}
