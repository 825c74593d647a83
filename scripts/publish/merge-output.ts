import { mkdir, readFile, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { listFiles, replaceFile } from '../site-files.ts';

/**
 * Written by the second step of publishing, not merged from the staging folder: the
 * search index (scripts/search-files.ts) and `_headers`, whose rules name the search folder.
 */
const NOT_MERGED = (path: string) => path.startsWith('pagefind/') || path === '_headers';

export interface MergeReport {
  written: string[];
  unchanged: number;
  removed: string[];
}

const TEXT = /\.(html|css|js|json|xml|txt)$/;

/**
 * A restricted build does not render the other articles' pages, so Astro keeps
 * the original of every photo on them (it drops an original only when all its
 * uses were resized). A full build would not ship those: leave out new `_astro/`
 * files that no page, script or style refers to. The other articles' pages are
 * not among `files`: they only refer to assets dist/ already has.
 */
async function withoutUnusedAssets(staging: string, dist: string, files: string[]): Promise<string[]> {
  const candidates = files.filter((f) => f.startsWith('_astro/') && !existsSync(join(dist, f)));
  if (candidates.length === 0) return files;
  const unused = new Set(candidates.map((f) => f.slice('_astro/'.length)));
  for (const file of files.filter((f) => TEXT.test(f))) {
    const text = await readFile(join(staging, file), 'utf8');
    for (const name of unused) if (text.includes(name)) unused.delete(name);
    if (unused.size === 0) break;
  }
  return files.filter((f) => !(f.startsWith('_astro/') && unused.has(f.slice('_astro/'.length))));
}

/**
 * Readers must never see a half-written page: each changed file is copied next
 * to its destination and renamed over it (atomic on one file system). Assets go
 * first, then the article's own pages, then the pages linking to them, so a link
 * never points at something not yet published.
 */
function publishOrder(articlePrefix: string) {
  const rank = (path: string) =>
    path.endsWith('.html') || path.endsWith('.xml') || path.endsWith('.json')
      ? path.startsWith(articlePrefix)
        ? 1
        : 2
      : 0;
  return (a: string, b: string) => rank(a) - rank(b) || a.localeCompare(b);
}

/**
 * Merges a restricted build (`staging`: the article's pages and the site-wide ones) into
 * `dist`: writes every file that differs, then removes what the new build no longer
 * has among the article's own pages (e.g. a page of older updates). Nothing else is
 * removed: images of pages that were not rendered stay.
 */
export async function mergeOutput(staging: string, dist: string, slug: string): Promise<MergeReport> {
  const report: MergeReport = { written: [], unchanged: 0, removed: [] };
  const articlePrefix = `articles/${slug}/`;
  const all = (await listFiles(staging)).filter((f) => !NOT_MERGED(f));
  const files = await withoutUnusedAssets(staging, dist, all);
  files.sort(publishOrder(articlePrefix));
  for (const file of files) {
    const to = join(dist, file);
    const [content, live] = await Promise.all([
      readFile(join(staging, file)),
      readFile(to).catch(() => undefined),
    ]);
    if (live?.equals(content)) {
      report.unchanged++;
      continue;
    }
    await mkdir(dirname(to), { recursive: true });
    await replaceFile(to, content);
    report.written.push(file);
  }
  const fresh = new Set(all);
  for (const file of await listFiles(join(dist, articlePrefix))) {
    const path = articlePrefix + file;
    if (fresh.has(path)) continue;
    await rm(join(dist, path));
    report.removed.push(path);
  }
  return report;
}
