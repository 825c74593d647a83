// Writing a Pagefind bundle as an update of a live site's bundle, where readers may be
// searching at that very moment (a full build's bundle is written by Pagefind itself).
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { mapInBatches } from '../src/model/in-batches.ts';
import { listFiles, replaceFile } from './site-files.ts';

export interface SearchFile {
  /** Relative to the bundle folder, with "/" separators. */
  path: string;
  content: Uint8Array;
}

/** Pagefind names its index, fragment and metadata files by a hash of their content. */
const HASHED = /(^|\/)(pagefind\.)?[a-z-]+_[0-9a-f]{7,}\.pf_[a-z]+$/;
/** The one file that names the others: written last, so it never points at a file not yet there. */
const ENTRY = 'pagefind-entry.json';
/** Files written at once. */
const BATCH = 64;

export interface SearchUpdateReport {
  written: string[];
  removed: string[];
  unchanged: number;
}

/**
 * Brings a live site's bundle up to date: writes only the files that changed (a
 * content-hashed file that is already there is the same file), new files first and
 * the entry file last, each through a temporary name and a rename so no reader gets
 * half a file; then removes the files the new bundle no longer has.
 */
export async function updateSearchFiles(
  folder: string,
  files: readonly SearchFile[],
): Promise<SearchUpdateReport> {
  const report: SearchUpdateReport = { written: [], removed: [], unchanged: 0 };
  const changed: SearchFile[] = [];
  for (const file of files) {
    const target = join(folder, file.path);
    if (HASHED.test(file.path) ? existsSync(target) : await sameBytes(target, file.content))
      report.unchanged++;
    else changed.push(file);
  }
  const last = (file: SearchFile) => (file.path === ENTRY ? 1 : 0);
  changed.sort((a, b) => last(a) - last(b));
  await makeFolders(folder, changed);
  const replace = async (file: SearchFile) => {
    await replaceFile(join(folder, file.path), file.content);
    report.written.push(file.path);
  };
  await mapInBatches(
    changed.filter((f) => last(f) === 0),
    BATCH,
    replace,
  );
  for (const file of changed.filter((f) => last(f) === 1)) await replace(file);
  const fresh = new Set(files.map((f) => f.path));
  for (const path of await listFiles(folder)) {
    if (fresh.has(path)) continue;
    await rm(join(folder, path));
    report.removed.push(path);
  }
  return report;
}

async function sameBytes(path: string, content: Uint8Array): Promise<boolean> {
  const existing = await readFile(path).catch(() => undefined);
  return existing !== undefined && existing.equals(content);
}

async function makeFolders(folder: string, files: readonly SearchFile[]) {
  const folders = new Set([folder, ...files.map((f) => dirname(join(folder, f.path)))]);
  for (const dir of folders) await mkdir(dir, { recursive: true });
}
