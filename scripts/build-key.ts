import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { contentDirFor } from '../src/loaders/content-dir.ts';

/** The project's files whose every byte can change a page: the code, its settings and dependencies. */
const PROJECT_FILES = ['package.json', 'package-lock.json', 'astro.config.mjs', 'tsconfig.json'];
const PROJECT_FOLDERS = ['src', 'public', 'scripts'];
/** The settings of a build that change its pages (astro.config.mjs): the public address and base path. */
export const KEY_VARIABLES = ['SITE_URL', 'BASE_PATH'];

/**
 * What every article's pages are built from besides the article's own folder: the code and
 * its dependencies (package-lock.json), Node, the site's address, and every content file
 * outside content/articles/ (authors' names are on the pages). A full build takes an
 * article's pages from the site it replaces only when this key is the one they were built
 * with (src/data/reused-articles.ts); any change to these files renders every page again.
 */
export function buildKey(
  root: string,
  content = contentDirFor(root),
  env: Record<string, string | undefined> = process.env,
): string {
  const hash = createHash('sha256');
  const add = (name: string, bytes: Buffer | string) =>
    hash.update(`${name}\0${bytes.length}\0`).update(bytes);
  add('node', `${process.version} ${process.platform} ${process.arch}`);
  for (const name of KEY_VARIABLES) add(`env:${name}`, env[name] ?? '');
  for (const name of PROJECT_FILES) add(name, readOrEmpty(join(root, name)));
  for (const folder of PROJECT_FOLDERS)
    for (const file of filesUnder(join(root, folder))) add(relative(root, file), readKeyed(file));
  const articles = resolve(content, 'articles');
  for (const file of filesUnder(content, articles))
    add(`content:${relative(content, file)}`, readKeyed(file));
  return hash.digest('base64url');
}

/** A file of the key; one that cannot be read is named. */
function readKeyed(file: string): Buffer {
  try {
    return readFileSync(file);
  } catch (error) {
    throw new Error(
      `${file} could not be read for the build key (${(error as NodeJS.ErrnoException).code}).`,
      { cause: error },
    );
  }
}

function readOrEmpty(file: string): Buffer | string {
  try {
    return readFileSync(file);
  } catch {
    return '';
  }
}

/** Every file under `folder` (none if it does not exist), in a fixed order, skipping `except`. */
function filesUnder(folder: string, except?: string): string[] {
  let entries;
  try {
    entries = readdirSync(folder, { withFileTypes: true });
  } catch {
    return [];
  }
  const files: string[] = [];
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const path = join(folder, entry.name);
    if (path === except) continue;
    if (entry.isDirectory()) files.push(...filesUnder(path, except));
    // A link is followed; one that leads nowhere is read, and named (readKeyed).
    else if (entry.isFile() || !existsSync(path) || statSync(path).isFile()) files.push(path);
  }
  return files;
}
