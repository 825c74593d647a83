import type { AstroIntegration } from 'astro';
import {
  constants,
  copyFileSync,
  existsSync,
  linkSync,
  mkdirSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  buildKey,
  reusedArticles,
  takeRecordedPhotoFiles,
  type TakenPhotos,
} from '../data/reused-articles.ts';
import { pageIdentity, SITE_PAGES_FILE, type SitePage } from '../loaders/reuse-stamps.ts';

/**
 * The pages of the articles a full build takes unchanged from the site it replaces
 * (src/data/reused-articles.ts): each file of their folders (pages, feeds, update permalink
 * pages, cards) is a hard link to the replaced site's. They are in place when Astro starts
 * rendering, so the search index, which reads the pages when the rendering ends, finds them.
 * Their photos' files, which Astro writes only for the pages it renders, are linked once it
 * has written its own. Safe because nothing ever writes into a site's file: each is replaced
 * by a rename.
 */
export function reusedArticlePages(): AstroIntegration {
  let out = '';
  let base = '/';
  let assets = '_astro';
  return {
    name: 'live-news:reused-article-pages',
    hooks: {
      'astro:config:done': ({ config }) => {
        out = fileURLToPath(config.outDir);
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
        assets = config.build.assets;
      },
      // After the content sync, which decides which articles are taken.
      'astro:build:start': ({ logger }) => {
        const replaced = process.env.REPLACED_SITE;
        const { slugs } = reusedArticles();
        if (!replaced || slugs.size === 0) return;
        const started = performance.now();
        let files = 0;
        for (const slug of slugs)
          files += linkFolder(join(replaced, 'articles', slug), join(out, 'articles', slug));
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        logger.info(
          `${slugs.size} unchanged article(s) taken from the last build: ${files} file(s) linked in ${seconds} s.`,
        );
      },
      'astro:build:done': () => {
        const packs = process.env.ONLINE_SOURCES_OUT;
        const replaced = process.env.REPLACED_SITE;
        if (!buildKey() || !packs || !replaced) return;
        const { files } = reusedArticles();
        if (files.size > 0) linkPhotoFiles(files, replaced, out, assets);
        // What the next build needs to take these pages: noted with the sources (reuse-stamps.ts).
        const recorded = takeRecordedPhotoFiles();
        const pages: Record<string, SitePage> = {};
        const articles = join(out, 'articles');
        for (const slug of existsSync(articles) ? readdirSync(articles).sort() : []) {
          const page = pageIdentity(join(articles, slug, 'index.html'));
          if (!page) continue;
          const taken = files.get(slug)?.files;
          const made = recorded.get(slug);
          const photos = taken ?? (made && [...made].flatMap((url) => sitePath(url, base) ?? []).sort());
          pages[slug] = photos ? { page, photos: { files: photos } } : { page };
        }
        writeFileSync(join(packs, SITE_PAGES_FILE), JSON.stringify(pages));
      },
    },
  };
}

/**
 * The photo files of the articles taken, which Astro did not write: linked from the replaced
 * site. Astro also copies each photo's original into `assets` and removes it once it has made
 * the original's versions for a page; for a photo no page rendered, it stays. Such an original
 * ("crowd.<hash>.jpg" for crowd.jpg) goes unless the replaced site has it too, as the build
 * that rendered the pages left it.
 */
function linkPhotoFiles(
  taken: ReadonlyMap<string, TakenPhotos>,
  replaced: string,
  out: string,
  assets: string,
): void {
  const here = new Set(readdirOrNone(join(out, assets)));
  const there = new Set(readdirOrNone(join(replaced, assets)));
  const originals = new Set<string>();
  for (const photos of taken.values()) {
    for (const path of photos.files)
      if (!existsSync(join(out, path))) linkFile(join(replaced, path), join(out, path));
    for (const source of photos.sources) originals.add(source);
  }
  for (const name of here) {
    const original = /^(.+)\.[\w-]{8}(\.[^.]+)$/.exec(name);
    if (original && originals.has(`${original[1]}${original[2]}`) && !there.has(name))
      rmSync(join(out, assets, name));
  }
}

function readdirOrNone(folder: string): string[] {
  return existsSync(folder) ? readdirSync(folder) : [];
}

/** A URL of this site as a path in its folder ("/news/_astro/a.avif" under the base "/news/": "_astro/a.avif"). */
function sitePath(url: string, base: string): string | undefined {
  if (!url.startsWith(base)) return undefined;
  const path = decodeURI(url.slice(base.length).split(/[?#]/, 1)[0]!);
  return path === '' || path.split('/').includes('..') ? undefined : path;
}

/** Links every file under `from` to the same place under `to`; gives how many. Synchronous: thousands of small steps. */
export function linkFolder(from: string, to: string): number {
  mkdirSync(to, { recursive: true });
  let files = 0;
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    const source = join(from, entry.name);
    const target = join(to, entry.name);
    if (entry.isDirectory()) files += linkFolder(source, target);
    else {
      linkFile(source, target);
      files += 1;
    }
  }
  return files;
}

function linkFile(source: string, target: string): void {
  mkdirSync(dirname(target), { recursive: true });
  try {
    linkSync(source, target);
  } catch (error) {
    // Another file system (a staging folder elsewhere): a copy, never over a file there.
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
    copyFileSync(source, target, constants.COPYFILE_EXCL);
  }
}
