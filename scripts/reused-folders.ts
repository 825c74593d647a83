// A build writes into the folders of the site the build before last wrote, not new ones.
import { readdirSync, renameSync, rmdirSync, rmSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Makes `replaced` (the site the last build replaced, kept as the way back until now) the
 * folder a build writes into, `staging`: renamed, then emptied of every file but not of its
 * folders. Gives those folders, innermost first, for removeEmptyFolders once the build is
 * written.
 *
 * A site is thousands of folders, most of them the same from one build to the next (one per
 * update). Removing them and making them again costs the file system more than the files
 * in them, which are mostly links (src/integrations/permalinks.ts): on ext4 without a
 * journal each new folder or file skips over every recently deleted one, seconds at 5,000
 * updates (docs/performance.md).
 *
 * Every file goes, so nothing the build writes can reach a file that is also in dist/ or in
 * the cache through a link. `pagefind/` goes whole: the search bundle is moved in as a folder.
 */
export function reuseReplacedSite(replaced: string, staging: string): string[] {
  renameSync(replaced, staging);
  rmSync(join(staging, 'pagefind'), { recursive: true, force: true });
  const folders: string[] = [];
  emptyFolder(staging, folders);
  return folders;
}

function emptyFolder(dir: string, folders: string[]): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      emptyFolder(path, folders);
      folders.push(path);
    } else {
      unlinkSync(path);
    }
  }
}

/**
 * Removes those of `folders` (innermost first) the build left empty: an article or update
 * that is gone, so the site holds exactly the folders a build into a new folder would.
 */
export function removeEmptyFolders(folders: readonly string[]): void {
  for (const folder of folders) {
    try {
      rmdirSync(folder);
    } catch {
      // Not empty: the build wrote into it.
    }
  }
}
