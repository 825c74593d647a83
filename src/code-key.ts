import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

/**
 * Keys of the project's own code, for what is cached between builds and made by that code: a
 * stored body is rendered again, a cached card drawn again, when the code that made it changed
 * (src/loaders/content-loader.ts, src/images/card-code.ts).
 */

/** `from './x.ts'`, `import './x.ts'`, `import('./x.ts')`: the project's own modules. */
const RELATIVE_IMPORT = /(?:\bfrom|\bimport)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g;

/** The entries and every file they import by a relative path, transitively, as sorted project paths. */
export function codeFiles(root: string, entries: readonly string[]): string[] {
  const found = new Set<string>();
  const waiting = entries.map((entry) => resolve(root, entry));
  while (waiting.length > 0) {
    const file = waiting.pop()!;
    // A name that is no file was matched in a comment or a string: an import that fails would
    // have failed the build already.
    if (found.has(file) || !existsSync(file)) continue;
    found.add(file);
    for (const [, specifier] of readFileSync(file, 'utf8').matchAll(RELATIVE_IMPORT))
      waiting.push(resolve(dirname(file), specifier!));
  }
  return [...found].map((file) => relative(root, file).split('\\').join('/')).sort();
}

/** The bytes of `entries` and what they import (codeFiles), and of package-lock.json (the dependencies' versions). */
export function codeKey(root: string, entries: readonly string[]): string {
  const hash = createHash('sha256');
  const add = (name: string, bytes: Buffer | string) =>
    hash.update(`${name}\0${bytes.length}\0`).update(bytes);
  for (const file of codeFiles(root, entries)) add(file, readFileSync(join(root, file)));
  let lock: Buffer | string = '';
  try {
    lock = readFileSync(join(root, 'package-lock.json'));
  } catch {
    // A project without a lockfile: its code alone.
  }
  add('package-lock.json', lock);
  return hash.digest('base64url');
}
