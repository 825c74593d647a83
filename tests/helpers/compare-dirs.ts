import { readdir, readFile } from 'node:fs/promises';
import { join, sep } from 'node:path';

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) =>
      join(e.parentPath, e.name)
        .slice(dir.length + 1)
        .split(sep)
        .join('/'),
    )
    .sort();
}

/** Every difference between two built sites: files only in one, and files whose bytes differ. */
export async function compareDirs(a: string, b: string): Promise<string[]> {
  const [left, right] = await Promise.all([listFiles(a), listFiles(b)]);
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
