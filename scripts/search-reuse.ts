// A rebuild whose article pages did not change gets the search bundle it had: Pagefind's
// bundle is a pure function of what it is given (its version, settings, the pages and
// records in order), so the previous one is taken instead of indexing again.
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { mapInBatches } from '../src/model/in-batches.ts';
import type { PreviousBundle, SearchIndex } from './search-index.ts';

/** What a full build's main bundle was made from and what it is: `{ digest, files: [{ path, sha256 }] }`. */
interface BundleRecord {
  digest: string;
  files: { path: string; sha256: string }[];
}

/** `.dist-search/` beside `dist/` (git-ignored with the other `.dist-*` folders; not for readers). */
export function searchRecordDirFor(dist: string): string {
  return join(dirname(dist), `.${basename(dist)}-search`);
}

const RECORD = 'main-bundle.json';
/** Files read at once. */
const BATCH = 64;
const sha256 = (content: Uint8Array) => createHash('sha256').update(content).digest('hex');

/**
 * The main bundle in `dist/pagefind/` as the last full build recorded it, or undefined when
 * there is no record. Its files are copied from `dist/pagefind/` (a publish leaves them as
 * they are and adds a recent index beside them), a batch at a time, and each must still
 * have its recorded hash.
 */
export async function previousBundle(dist: string): Promise<PreviousBundle | undefined> {
  const text = await readFile(join(searchRecordDirFor(dist), RECORD), 'utf8').catch(() => undefined);
  if (text === undefined) return undefined;
  let record: BundleRecord;
  try {
    record = JSON.parse(text) as BundleRecord;
  } catch {
    return undefined; // A damaged record only costs a fresh index.
  }
  if (typeof record.digest !== 'string' || !Array.isArray(record.files)) return undefined;
  return {
    digest: record.digest,
    copyTo: async (folder: string) => {
      // A bundle has a handful of folders for thousands of files: each made once.
      const folders = new Set(record.files.map(({ path }) => dirname(join(folder, path))));
      for (const made of folders) await mkdir(made, { recursive: true });
      const copied = await mapInBatches(record.files, BATCH, async ({ path, sha256: expected }) => {
        const content = await readFile(join(dist, 'pagefind', path)).catch(() => undefined);
        if (!content || sha256(content) !== expected) return false;
        await writeFile(join(folder, path), content);
        return true;
      });
      return copied.every(Boolean) ? record.files.map((file) => file.path) : undefined;
    },
  };
}

/**
 * Records the bundle a full build just put online in `dist` (its files read from
 * `dist/pagefind/`, a batch at a time), for the next build.
 */
export async function recordBundle(dist: string, index: SearchIndex): Promise<void> {
  // A bundle taken from the last build is the one its record already describes.
  if (index.digest === undefined || index.reused) return;
  const files = await mapInBatches(index.files, BATCH, async (path) => ({
    path,
    sha256: sha256(await readFile(join(dist, 'pagefind', path))),
  }));
  const record: BundleRecord = { digest: index.digest, files };
  const dir = searchRecordDirFor(dist);
  await mkdir(dir, { recursive: true });
  const file = join(dir, RECORD);
  await writeFile(`${file}.${process.pid}.tmp`, JSON.stringify(record));
  await rename(`${file}.${process.pid}.tmp`, file);
}
