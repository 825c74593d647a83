import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { PhotoFiles, ReusedArticles, TakenPhotos } from '../data/reused-articles.ts';
import { selectPublished } from './published.ts';
import type { ContentTree } from './read-content.ts';

/**
 * What a full build records with each article's sources (its pack, online-sources.ts) besides
 * their text: the build key (scripts/build-key.ts), which of its updates were published then
 * (the time of a scheduled update may have come since, with no file changed) and its photo
 * files (one may be replaced under the same name). All must be the same, and the text too,
 * for the next full build to take the article's pages as they are (src/data/reused-articles.ts).
 */
export function reuseStamps(tree: ContentTree, key: string, now: number): (slug: string) => string {
  const published = selectPublished(tree, { preview: false, now });
  const shown = Map.groupBy(published.updates, (u) => u.article);
  const articles = new Set(published.articles.map((a) => a.slug));
  const photos = Map.groupBy(tree.photos, (photo) => photo.article);
  return (slug) => {
    const updates = articles.has(slug) ? (shown.get(slug) ?? []).map((u) => u.fileName).sort() : null;
    const files = (photos.get(slug) ?? []).map(({ file, path, info }) => {
      const { size, mtimeMs } = statSync(path);
      return [file, size, mtimeMs, info];
    });
    return createHash('sha256')
      .update(JSON.stringify([key, updates, files]))
      .digest('base64url');
  };
}

/**
 * Beside the packs of a full build, by article: which file its page was (`pageIdentity` of
 * `articles/<slug>/index.html`) and the files of its photos. The site folder is the one the
 * packs were written with only as long as nobody replaced it: a publish writes the pages of
 * the article it publishes anew, and `.dist-previous`, an older site, comes back as dist/ when
 * dist/ is missing. A page taken must be the very file the build that stamped its pack wrote or took.
 */
export const SITE_PAGES_FILE = '_pages.json';

export interface SitePage {
  page: string;
  photos?: PhotoFiles;
}

/** A file as one file, not its bytes: its number on the disk, size and time of change (a link is the same file). */
export function pageIdentity(path: string): string | undefined {
  try {
    const { ino, size, mtimeNs } = statSync(path, { bigint: true });
    return `${ino}:${size}:${mtimeNs}`;
  } catch {
    return undefined;
  }
}

/**
 * Of the articles whose sources and stamp are those the replaced site's pages were built from
 * (`same`), those whose pages the build takes from it: the page there is the one noted in
 * `online` (the packs of the replaced site), and one with photos only when the files of those
 * photos were noted and are all there.
 */
export function reusableArticles(
  same: ReadonlySet<string>,
  tree: ContentTree,
  replaced: string,
  online: string,
): ReusedArticles {
  const slugs = new Set<string>();
  const files = new Map<string, TakenPhotos>();
  // Its sitemap lists the pages taken (src/integrations/sitemap.ts).
  if (same.size === 0 || !existsSync(join(replaced, 'sitemap-index.xml'))) return { slugs, files };
  const pages = readSitePages(join(online, SITE_PAGES_FILE));
  const photoNames = new Map<string, Set<string>>();
  for (const photo of tree.photos) {
    const names = photoNames.get(photo.article) ?? new Set<string>();
    photoNames.set(photo.article, names.add(basename(photo.path)));
  }
  for (const slug of same) {
    const noted = pages.get(slug);
    if (!noted || pageIdentity(join(replaced, 'articles', slug, 'index.html')) !== noted.page) continue;
    const sources = photoNames.get(slug);
    if (sources) {
      if (!noted.photos?.files.every((path) => existsSync(join(replaced, path)))) continue;
      files.set(slug, { files: noted.photos.files, sources: [...sources].sort() });
    }
    slugs.add(slug);
  }
  return { slugs, files };
}

/** The pages noted, by article; none when there is no list or it is not one. */
function readSitePages(file: string): Map<string, SitePage> {
  const pages = new Map<string, SitePage>();
  let noted: unknown;
  try {
    noted = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return pages;
  }
  if (typeof noted !== 'object' || noted === null) return pages;
  for (const [slug, entry] of Object.entries(noted as Record<string, Partial<SitePage> | null>)) {
    if (typeof entry?.page !== 'string') continue;
    if (entry.photos === undefined) pages.set(slug, { page: entry.page });
    else if (validPhotos(entry.photos)) pages.set(slug, { page: entry.page, photos: entry.photos });
  }
  return pages;
}

function validPhotos(photos: unknown): photos is PhotoFiles {
  const inside = (path: unknown) =>
    typeof path === 'string' && path !== '' && !path.startsWith('/') && !path.split('/').includes('..');
  const { files } = (photos ?? {}) as Partial<Record<keyof PhotoFiles, unknown>>;
  return Array.isArray(files) && files.every(inside);
}
