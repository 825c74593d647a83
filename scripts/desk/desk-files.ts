// The desk only ever touches files it found itself under content/: a name from the
// browser is a key looked up among the files of a folder, never a path.
import { createHash } from 'node:crypto';
import { readdir, readFile, realpath } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { SLUG_PATTERN } from '../../src/model/update-id.ts';

/** A refusal the editor should read: bad name, missing file, stale edit. */
export class DeskRefusal extends Error {
  override name = 'DeskRefusal';
  readonly status: number;
  constructor(status: number, message: string) {
    super(message);
    this.status = status;
  }
}

export const hashText = (text: string) => createHash('sha256').update(text).digest('hex');

/** The article's folder; a slug that is not one is refused before any file is touched. */
export async function articleFolder(contentDir: string, slug: string): Promise<string> {
  if (!SLUG_PATTERN.test(slug)) throw new DeskRefusal(400, `"${slug}" is not an article address.`);
  const folder = join(contentDir, 'articles', slug);
  await insideContent(contentDir, join(folder, 'index.md'));
  return folder;
}

/** The update file named `name` in the article's updates/, found by listing the folder. */
export async function updateFile(contentDir: string, slug: string, name: string): Promise<string> {
  const dir = join(await articleFolder(contentDir, slug), 'updates');
  const files = await readdir(dir).catch(() => [] as string[]);
  if (!files.includes(name) || !name.endsWith('.md') || name.startsWith('.'))
    throw new DeskRefusal(404, `${slug} has no update "${name}".`);
  const path = join(dir, name);
  await insideContent(contentDir, path);
  return path;
}

/** Refuses a file that is (or whose folder is) a link leading out of content/. */
async function insideContent(contentDir: string, path: string): Promise<void> {
  const [root, real] = await Promise.all([
    realpath(contentDir),
    realpath(path).catch(() => {
      throw new DeskRefusal(404, 'There is no such article.');
    }),
  ]);
  if (!real.startsWith(root + sep)) throw new DeskRefusal(403, 'That file is outside content/.');
}

/** The file's text and its hash; an edit is saved only if the file still has that hash. */
export async function readForEdit(path: string): Promise<{ text: string; hash: string }> {
  const text = await readFile(path, 'utf8');
  return { text, hash: hashText(text) };
}
