// Small file helpers the build, the fast publish and the search index share.
import { readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { headerRules, renderHeadersFile } from '../src/security/headers.ts';

/** Every file under `folder`, relative to it with "/" separators; none when it does not exist. */
export async function listFiles(folder: string): Promise<string[]> {
  const dir = folder.replace(/[\\/]+$/, '');
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries
    .filter((e) => e.isFile())
    .map((e) =>
      join(e.parentPath, e.name)
        .slice(dir.length + 1)
        .split(sep)
        .join('/'),
    );
}

/**
 * Replaces a file of a live site: written next to it under a temporary name, then
 * renamed over it (atomic on one file system), so no reader ever gets half a file.
 */
export async function replaceFile(path: string, content: string | Uint8Array): Promise<void> {
  const temp = `${path}.publish-${process.pid}.tmp`;
  await writeFile(temp, content);
  await rename(temp, path);
}

/**
 * `_headers` (Netlify, Cloudflare Pages): security headers and cache rules for the
 * site in `dir`, from its top-level entries. Returns whether the file changed.
 */
export async function writeHostHeaders(dir: string): Promise<boolean> {
  const top = (await readdir(dir, { withFileTypes: true })).map((e) => ({
    name: e.name,
    isDirectory: e.isDirectory(),
  }));
  const text = renderHeadersFile(headerRules(process.env.BASE_PATH || '/', top));
  const file = join(dir, '_headers');
  if ((await readFile(file, 'utf8').catch(() => undefined)) === text) return false;
  await replaceFile(file, text);
  return true;
}
