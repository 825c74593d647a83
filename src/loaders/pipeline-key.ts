import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

/**
 * The files a body is rendered by, relative to the project: the Markdown pipeline (its plugins,
 * the sanitizer's schema) and the render workers' renderer. Everything they import by a
 * relative path is found from them.
 */
export const PIPELINE_ENTRIES = ['src/markdown/pipeline.ts', 'src/loaders/render-markdown.ts'];

/** `from './x.ts'`, `import './x.ts'`, `import('./x.ts')`: the project's own modules. */
const RELATIVE_IMPORT = /(?:\bfrom|\bimport)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g;

/** The entries and every file they import by a relative path, transitively, as sorted project paths. */
export function pipelineFiles(root: string, entries: readonly string[] = PIPELINE_ENTRIES): string[] {
  const found = new Set<string>();
  const waiting = entries.map((entry) => resolve(root, entry));
  while (waiting.length > 0) {
    const file = waiting.pop()!;
    if (found.has(file)) continue;
    found.add(file);
    for (const [, specifier] of readFileSync(file, 'utf8').matchAll(RELATIVE_IMPORT))
      waiting.push(resolve(dirname(file), specifier!));
  }
  return [...found].map((file) => relative(root, file).split('\\').join('/')).sort();
}

/**
 * What the stored rendering of a body depends on besides its text: the bytes of the pipeline's
 * files and of package-lock.json (the versions of remark, rehype and the sanitizer). The content
 * loader adds it to each entry's digest, so a change to any of them renders every body again;
 * without it, Astro's content store kept bodies rendered by the old code (a fixed sanitizer
 * left the stored pages as they were) until their text changed. Astro itself starts the store
 * afresh only when its own version, the content config file or the JSON of its config changes.
 */
export function pipelineKey(root: string, entries: readonly string[] = PIPELINE_ENTRIES): string {
  const hash = createHash('sha256');
  const add = (name: string, bytes: Buffer | string) =>
    hash.update(`${name}\0${bytes.length}\0`).update(bytes);
  for (const file of pipelineFiles(root, entries)) add(file, readFileSync(join(root, file)));
  let lock: Buffer | string = '';
  try {
    lock = readFileSync(join(root, 'package-lock.json'));
  } catch {
    // A project without a lockfile: its code alone.
  }
  add('package-lock.json', lock);
  return hash.digest('base64url');
}
