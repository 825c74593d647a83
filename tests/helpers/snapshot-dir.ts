import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { listFiles } from './headers-file.ts';

/** Every file under `dir` (dotfiles included) with the SHA-256 of its bytes. */
export async function snapshotDir(dir: string): Promise<Record<string, string>> {
  const hashes: Record<string, string> = {};
  for (const file of listFiles(dir, [''])) {
    hashes[file] = createHash('sha256')
      .update(await readFile(join(dir, file)))
      .digest('hex');
  }
  return hashes;
}
