import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { KeptBuild, StaticPath } from './kept-build.ts';

/**
 * Renders every path the kept build lists now (the publish scope decides which) into
 * `staging`, as Astro's build writes them; gives the pages, for the sitemap.
 */
export async function renderSite(
  kept: KeptBuild,
  staging: string,
  slug: string,
  dist: string,
): Promise<string[]> {
  process.env.PUBLISH_ARTICLE = slug;
  process.env.PUBLISH_DIST = dist;
  kept.forgetPaths();
  const seen = new Set<string>();
  const pages: string[] = [];
  for (const path of await kept.paths()) {
    const key = path.pathname.replace(/\/$/, '');
    if (seen.has(key)) continue;
    seen.add(key);
    const out = await kept.render(path);
    if (!out) continue;
    if (path.route.type === 'page') pages.push(pageName(path));
    const file = join(staging, out.file);
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, out.body);
  }
  return pages;
}

/** As Astro's build names pages for integrations (trailingSlash 'always', directory format). */
const pageName = (path: StaticPath) => path.pathname.replace(/\/?$/, '/').replace(/^\//, '');

/** The articles whose pages a publish rendered into `staging`. */
export async function builtArticles(staging: string): Promise<string[]> {
  return (await readdir(join(staging, 'articles')).catch(() => [])).sort();
}
