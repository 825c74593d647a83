import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { KeptBuild, StaticPath } from './kept-build.ts';
import { isListing, pageName, type ListingPages } from './listing-pages.ts';

export interface RenderedSite {
  /** Every page of the site as it now is, rendered or not, for the sitemap. */
  pages: string[];
  /** The listing pages rendered, with the props they were rendered from. */
  listings: { path: StaticPath; props: unknown }[];
  /** The listing pages not rendered: dist/ already holds them as they are (listing-pages.ts). */
  unchanged: number;
  /** Every path listed, for the listing pages that went. */
  paths: StaticPath[];
  /** The optimized photos the rendered pages show (from the site folder's root, with a leading "/"). */
  images: Set<string>;
}

/**
 * Renders every path the kept build lists now (the publish scope decides which) into
 * `staging`, as Astro's build writes them, but the listing pages dist/ already holds.
 */
export async function renderSite(
  kept: KeptBuild,
  staging: string,
  slug: string,
  dist: string,
  shown: ListingPages,
): Promise<RenderedSite> {
  process.env.PUBLISH_ARTICLE = slug;
  process.env.PUBLISH_DIST = dist;
  const seen = new Set<string>();
  const paths = await kept.paths();
  const site: RenderedSite = { pages: [], listings: [], unchanged: 0, paths, images: new Set() };
  for (const path of site.paths) {
    const key = path.pathname.replace(/\/$/, '');
    if (seen.has(key)) continue;
    seen.add(key);
    if (isListing(path)) {
      const props = kept.props(path);
      if (shown.unchanged(path, props)) {
        site.unchanged++;
        site.pages.push(pageName(path.pathname));
        continue;
      }
      site.listings.push({ path, props });
    }
    const out = await kept.render(path);
    if (!out) continue;
    for (const image of out.images) site.images.add(image);
    if (path.route.type === 'page') site.pages.push(pageName(path.pathname));
    const file = join(staging, out.file);
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, out.body);
  }
  return site;
}

/** The articles whose pages a publish rendered into `staging`. */
export async function builtArticles(staging: string): Promise<string[]> {
  return (await readdir(join(staging, 'articles')).catch(() => [])).sort();
}
