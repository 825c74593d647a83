// A photo from the browser: checked for size, named by the desk (from its alt text, never
// from the uploaded file's name), saved next to the article without replacing anything,
// and inspected exactly as a build inspects photos. Its Markdown line carries the alt text,
// caption and credit the editors' guide asks for.
import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import { inspectPhotoFile } from '../../src/images/inspect-photo.ts';
import { slugify } from '../../src/model/slugify.ts';
import type { FieldProblems } from './field-problems.ts';

export const MAX_UPLOAD_BYTES = 40 * 1024 * 1024;

const EXTENSIONS: Record<string, string> = { jpeg: '.jpg', png: '.png', webp: '.webp', heif: '.avif' };

export interface PhotoFields {
  file: File | undefined;
  alt: string;
  caption: string;
  credit: string;
}

/** The Markdown line of a saved photo, or the problems at the photo's fields. */
export async function savePhoto(
  articleDir: string,
  photo: PhotoFields,
): Promise<{ ok: true; markdown: string } | { ok: false; problems: FieldProblems }> {
  const problems: FieldProblems = {};
  if (!photo.file || photo.file.size === 0)
    problems.photo = ['Choose a photo file, or drop one on the text.'];
  else if (photo.file.size > MAX_UPLOAD_BYTES)
    problems.photo = ['The photo is larger than 40 MB; send a smaller one.'];
  if (!photo.alt.trim()) problems.photoAlt = ['Describe the photo for readers who cannot see it.'];
  if (!photo.credit.trim()) problems.photoCredit = ['Say who took it: Photo: Name/Agency.'];
  if (Object.keys(problems).length) return { ok: false, problems };
  const bytes = Buffer.from(await photo.file!.arrayBuffer());
  const format = await sharp(bytes)
    .metadata()
    .then((m) => m.format as string)
    .catch(() => undefined);
  const extension = format ? EXTENSIONS[format] : undefined;
  if (!extension) return { ok: false, problems: { photo: ['The photo must be JPEG, PNG, WebP or AVIF.'] } };
  const name = await saveNew(
    articleDir,
    slugify(photo.alt).slice(0, 40).replace(/-+$/, '') || 'photo',
    extension,
    bytes,
  );
  const inspected = await inspectPhotoFile(join(articleDir, name));
  if (!inspected.ok) {
    await rm(join(articleDir, name), { force: true });
    return { ok: false, problems: { photo: [`The photo ${inspected.message}`] } };
  }
  const credit = /^photo:/i.test(photo.credit.trim()) ? photo.credit.trim() : `Photo: ${photo.credit.trim()}`;
  const title = [photo.caption.trim(), credit].filter(Boolean).join(' | ').replaceAll('"', "'");
  const alt = photo.alt.trim().replace(/[[\]\\]/g, '\\$&');
  // Updates live in updates/, one folder below the photo.
  return { ok: true, markdown: `![${alt}](../${name} "${title}")` };
}

/** `wx`: a photo already there under that name keeps it; the next free number is taken. */
async function saveNew(dir: string, stem: string, extension: string, bytes: Buffer): Promise<string> {
  for (let n = 1; ; n++) {
    const name = `${stem}${n === 1 ? '' : `-${n}`}${extension}`;
    try {
      await writeFile(join(dir, name), bytes, { flag: 'wx' });
      return name;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || n > 99) throw error;
    }
  }
}
