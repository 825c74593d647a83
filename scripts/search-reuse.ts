// A rebuild whose article pages did not change gets the search bundle it had: Pagefind's
// bundle is a pure function of what it is given (its version, settings, the pages and
// records in order), so the previous one is taken instead of indexing again.
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { mapInBatches } from '../src/model/in-batches.ts';
import type { SearchFile } from './search-files.ts';
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
 * there is no record. Its files are read from `dist/pagefind/` (a publish leaves them as
 * they are and adds a recent index beside them) and each must still have its recorded hash.
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
    files: async () => {
      const files = await mapInBatches(record.files, BATCH, async ({ path, sha256: expected }) => {
        const content = await readFile(join(dist, 'pagefind', path)).catch(() => undefined);
        return content && sha256(content) === expected ? { path, content } : undefined;
      });
      return files.every((file) => file !== undefined) ? (files as SearchFile[]) : undefined;
    },
  };
}

/** Records the bundle a full build just put online in `dist`, for the next build. */
export async function recordBundle(dist: string, index: SearchIndex): Promise<void> {
  if (index.digest === undefined) return;
  const record: BundleRecord = {
    digest: index.digest,
    files: index.files.map((file) => ({ path: file.path, sha256: sha256(file.content) })),
  };
  const dir = searchRecordDirFor(dist);
  await mkdir(dir, { recursive: true });
  const file = join(dir, RECORD);
  await writeFile(`${file}.${process.pid}.tmp`, JSON.stringify(record));
  await rename(`${file}.${process.pid}.tmp`, file);
}
