import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

export interface OutputSize {
  bytes: number;
  files: number;
}

/** Total size and number of files under `dir` (0 when it does not exist). */
export async function measureOutput(dir: string): Promise<OutputSize> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  let bytes = 0;
  let files = 0;
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    bytes += (await stat(join(entry.parentPath, entry.name))).size;
    files++;
  }
  return { bytes, files };
}
