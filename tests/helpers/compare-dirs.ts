import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { listFiles } from '../../scripts/site-files.ts';

/** Every difference between two built sites: files only in one, and files whose bytes differ. */
export async function compareDirs(a: string, b: string): Promise<string[]> {
  const [left, right] = await Promise.all([listFiles(a), listFiles(b)]);
  left.sort();
  right.sort();
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
