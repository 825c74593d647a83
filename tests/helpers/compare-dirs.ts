import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { listFiles } from '../../scripts/site-files.ts';

/**
 * Every difference between two built sites: files only in one, and files whose bytes differ.
 * `skip` leaves files out of the comparison.
 */
export async function compareDirs(
  a: string,
  b: string,
  skip: (path: string) => boolean = () => false,
): Promise<string[]> {
  const [left = [], right = []] = (await Promise.all([listFiles(a), listFiles(b)])).map((files) =>
    files.filter((f) => !skip(f)).sort(),
  );
  const rightSet = new Set(right);
  const leftSet = new Set(left);
  const differences = [
    ...left.filter((f) => !rightSet.has(f)).map((f) => `only in first: ${f}`),
    ...right.filter((f) => !leftSet.has(f)).map((f) => `only in second: ${f}`),
  ];
  for (const file of left.filter((f) => rightSet.has(f))) {
    const [x, y] = await Promise.all([readFile(join(a, file)), readFile(join(b, file))]);
    if (!x.equals(y)) differences.push(`differs: ${file}`);
  }
  return differences;
}

/**
 * A site after publishing against a full build of the same content: every file but the
 * search index, which after a publish is the last full build's plus the recent-changes
 * index (scripts/search-recent.ts); tests/build/search-after-publish.test.ts checks that
 * it finds what a full build's finds.
 */
export function comparePublishedSite(published: string, full: string): Promise<string[]> {
  return compareDirs(published, full, (path) => path.startsWith('pagefind/'));
}
