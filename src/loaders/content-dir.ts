import { isAbsolute, resolve } from 'node:path';

/** The content folder: `content/` in the project, or CONTENT_DIR (used by tests and the benchmark). */
export function contentDirFor(root: string): string {
  const dir = process.env.CONTENT_DIR;
  if (!dir) return resolve(root, 'content');
  return isAbsolute(dir) ? dir : resolve(root, dir);
}
