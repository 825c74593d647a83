import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

export interface OutputSize {
  bytes: number;
  files: number;
}

/**
 * Total size and number of files under `dir` (0 when it does not exist). A file removed
 * between the listing and its size is not counted: the publisher replaces its search
 * files in the background while a publish phase is measured.
 */
export async function measureOutput(dir: string): Promise<OutputSize> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  let bytes = 0;
  let files = 0;
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const found = await stat(join(entry.parentPath, entry.name)).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return undefined;
      throw error;
    });
    if (!found) continue;
    bytes += found.size;
    files++;
  }
  return { bytes, files };
}
