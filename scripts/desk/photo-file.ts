// Photos of an article folder, served to the preview. Only image files inside the article
// folder are served, found by listing their own folder (the address is a key, never a path
// opened as given), with no hidden file or folder on the way and no link leading out.
import { readdir, readFile, realpath } from 'node:fs/promises';
import { extname, join, sep } from 'node:path';
import { resolvePhotoPath } from '../../src/model/photo-path.ts';
import { articleFolder, DeskRefusal } from './desk-files.ts';

const TYPES: Record<string, string> = {
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
};

/** The desk's address of a photo, given its path in the article folder ("smoke.jpg"). */
export function photoAddress(slug: string, file: string): string {
  return `/articles/${slug}/photos/${file.split('/').map(encodeURIComponent).join('/')}`;
}

/** The photo at `file` (a path in the article folder, decoded) with its content type. */
export async function readArticlePhoto(
  contentDir: string,
  slug: string,
  file: string,
): Promise<{ type: string; body: Buffer }> {
  const folder = await articleFolder(contentDir, slug);
  const missing = new DeskRefusal(404, `${slug} has no photo "${file}".`);
  const resolved = resolvePhotoPath(file, '');
  const type = TYPES[extname(file).toLowerCase()];
  if (!resolved.ok || resolved.path !== file || !type) throw missing;
  const parts = file.split('/');
  if (parts.some((part) => part.startsWith('.'))) throw missing;
  const dir = join(folder, ...parts.slice(0, -1));
  const names = await readdir(dir).catch(() => [] as string[]);
  if (!names.includes(parts.at(-1)!)) throw missing;
  const path = join(dir, parts.at(-1)!);
  const [root, real] = await Promise.all([realpath(folder), realpath(path)]);
  if (!real.startsWith(root + sep)) throw new DeskRefusal(403, 'That file is outside the article folder.');
  return { type, body: await readFile(real) };
}
