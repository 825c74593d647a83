// A rebuild whose article pages did not change gets the search bundle it had, part by
// part: a Pagefind bundle is a pure function of what it is given (its version, settings,
// the pages and records in order), so a part given the same as last time is taken
// instead of indexed again (scripts/search-index.ts). The record also keeps what each
// article gave the index and which files it was read from, so a rebuild does not read the
// pages of an article whose files are the same (those taken from the replaced site).
import { createHash } from 'node:crypto';
import { linkSync, readFileSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { mapInBatches } from '../src/model/in-batches.ts';
import { pageIdentity } from '../src/loaders/reuse-stamps.ts';
import type { PreviousBundle, SearchIndex } from './search-index.ts';
import type { ArticleSummary, KnownArticles } from './search-parts.ts';

/**
 * What each part of a full build's main bundle was made from and what it is:
 * `{ format: 3, key, parts: [{ folder, digest, files: [{ path, sha256, identity }] }], articles }`.
 * `key` is the build key (scripts/build-key.ts) of the code that read the articles; `articles`
 * what each gave the index (ArticleSummary, scripts/search-parts.ts), by slug.
 */
interface BundleRecord {
  format: 3;
  key?: string | undefined;
  parts: PartRecord[];
  articles: Record<string, Omit<ArticleSummary, 'slug'>>;
}

interface PartRecord {
  /** Its folder inside dist/pagefind/ ("" for the first part). */
  folder: string;
  digest: string;
  /** Relative to its folder; `identity`: which file it was (pageIdentity), when known. */
  files: { path: string; sha256: string; identity?: string | undefined }[];
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
 * The main bundle in `dist/pagefind/` as the last full build recorded it, part by part,
 * or undefined when there is no record. A part's files are linked (or copied, on another
 * file system) from `dist/pagefind/` (a publish leaves them as they are and adds a recent
 * index beside them), a batch at a time, and each must still be the file recorded (the same
 * identity) or have its recorded hash. The articles come with it when `key`, this build's
 * key, is the one they were recorded with: the same code reads a page the same way.
 */
export async function previousBundle(dist: string, key?: string): Promise<PreviousBundle | undefined> {
  const record = await readRecord(dist);
  if (!record) return undefined;
  return {
    articles: key !== undefined && record.key === key ? knownArticles(record.articles) : undefined,
    parts: record.parts.map((part) => ({
      digest: part.digest,
      takeInto: async (folder: string) => {
        // A bundle has a handful of folders for thousands of files: each made once.
        const folders = new Set(part.files.map(({ path }) => dirname(join(folder, path))));
        for (const made of folders) await mkdir(made, { recursive: true });
        const taken = await mapInBatches(part.files, BATCH, async ({ path, sha256: expected, identity }) => {
          const from = join(dist, 'pagefind', part.folder, path);
          const to = join(folder, path);
          // A link, not a copy: the site's files are only replaced by rename, never written
          // into. The link itself is checked, so a file replaced meanwhile is caught: the
          // file recorded (its disk number, size and time) needs no reading, another its hash.
          // Synchronous, a batch at a time: thousands of small files cost more in hand-offs
          // to Node's thread pool than in the work itself.
          const linked = linkedFile(from, to);
          if (linked && identity !== undefined && pageIdentity(to) === identity) return true;
          const content = linked ? readFileSync(to) : await readFile(from).catch(() => undefined);
          if (!content || sha256(content) !== expected) return false;
          if (!linked) await writeFile(to, content);
          return true;
        });
        return taken.every(Boolean) ? part.files.map((file) => file.path) : undefined;
      },
    })),
  };
}

/**
 * The recorded articles that have the form of one (a damaged entry only costs that article a
 * read, as a damaged record costs a fresh index).
 */
function knownArticles(recorded: BundleRecord['articles']): KnownArticles {
  const known = new Map<string, Omit<ArticleSummary, 'slug'>>();
  for (const [slug, entry] of Object.entries(recorded)) {
    const { files, pages, records, digest } = (entry ?? {}) as Partial<Omit<ArticleSummary, 'slug'>>;
    const fileForm = (file: unknown) =>
      typeof (file as { path?: unknown } | null)?.path === 'string' &&
      typeof (file as { identity?: unknown }).identity === 'string';
    if (
      Array.isArray(files) &&
      files.every(fileForm) &&
      Number.isInteger(pages) &&
      Number.isInteger(records) &&
      typeof digest === 'string'
    )
      known.set(slug, { files, pages: pages!, records: records!, digest });
  }
  return known;
}

/** Links `from` at `to`; false when it cannot (no such file, another file system). */
function linkedFile(from: string, to: string): boolean {
  try {
    linkSync(from, to);
    return true;
  } catch {
    return false;
  }
}

/** The last full build's record; undefined when missing, damaged or of an older form (a fresh index costs nothing else). */
async function readRecord(dist: string): Promise<BundleRecord | undefined> {
  const text = await readFile(join(searchRecordDirFor(dist), RECORD), 'utf8').catch(() => undefined);
  if (text === undefined) return undefined;
  try {
    const record = JSON.parse(text) as BundleRecord;
    return record.format === 3 &&
      Array.isArray(record.parts) &&
      typeof record.articles === 'object' &&
      record.articles !== null
      ? record
      : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Records the bundle a full build just put online in `dist`, for the next build: each
 * part's files read from `dist/pagefind/` and hashed, a batch at a time; a part taken
 * from the last build keeps the hashes recorded then (checked as it was taken). With them,
 * what each article gave the index and the files it was read from, under `key`, the build
 * key (none: the next build reads every article).
 */
export async function recordBundle(dist: string, index: SearchIndex, key?: string): Promise<void> {
  const earlier = await readRecord(dist);
  const articles = Object.fromEntries(index.articles.map(({ slug, ...article }) => [slug, article]));
  // Every part taken from the last build, no part fewer, and every article read from the same
  // files under the same key: the record already says it all (tens of MB for a large archive).
  if (
    index.reused &&
    earlier?.parts.length === index.parts.length &&
    earlier.key === key &&
    JSON.stringify(earlier.articles) === JSON.stringify(articles)
  )
    return;
  const parts: PartRecord[] = [];
  for (const [i, part] of index.parts.entries()) {
    const kept = earlier?.parts[i];
    if (part.reused && kept?.digest === part.digest && kept.folder === part.folder) {
      parts.push(kept);
      continue;
    }
    const files = await mapInBatches(part.files, BATCH, async (path) => {
      const file = join(dist, 'pagefind', part.folder, path);
      // Taken before the file is read: a file replaced meanwhile is hashed again next time.
      const identity = pageIdentity(file);
      return { path, sha256: sha256(await readFile(file)), identity };
    });
    parts.push({ folder: part.folder, digest: part.digest, files });
  }
  const record: BundleRecord = { format: 3, key, parts, articles };
  const dir = searchRecordDirFor(dist);
  await mkdir(dir, { recursive: true });
  const file = join(dir, RECORD);
  await writeFile(`${file}.${process.pid}.tmp`, JSON.stringify(record));
  await rename(`${file}.${process.pid}.tmp`, file);
}
