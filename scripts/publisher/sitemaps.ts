import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import {
  decodeXml,
  LASTMOD_FILE,
  SITEMAP_ENTRY_LIMIT,
  sitemapOrder,
  sitemapWithLastmod,
} from '../../src/integrations/sitemap.ts';
import { articleRendered } from '../../src/data/publish-scope.ts';
import type { KeptBuild } from './kept-build.ts';

type Hooks = AstroIntegration['hooks'];

/** One `<url>` element of sitemap-0.xml, as @astrojs/sitemap wrote it. */
interface Entry {
  url: string;
  lastmod: string | undefined;
  /** The article whose page it is, if it is one. */
  article: string | undefined;
  xml: string;
}

const SITEMAP = 'sitemap-0.xml';
const INDEX = 'sitemap-index.xml';

/**
 * The sitemaps of each publish through the kept build, written into the staging folder
 * by the same integrations a build runs (src/integrations/sitemap.ts, around
 * @astrojs/sitemap), given what Astro gives them: the kept build's config and routes,
 * and the pages of this publish. Sorting and writing every URL of a large archive took
 * 0.15 s of each publish at 2,000 articles, so once the writer knows the live sitemap,
 * the integrations write only the entries of this publish's pages, and the other
 * articles' entries are taken unchanged from the live sitemap (as a build that publishes
 * one article takes them), in @astrojs/sitemap's order. tests/build/publisher*.test.ts
 * compare the result with a full build's, byte for byte.
 */
export class SitemapWriter {
  readonly #kept: KeptBuild;
  readonly #dist: string;
  /** The entries of dist/'s sitemap-0.xml, when known. */
  #live: Entry[] | undefined;
  #pending: Entry[] | undefined;
  #base = '/';

  constructor(kept: KeptBuild, dist: string) {
    this.#kept = kept;
    this.#dist = dist;
    const base = kept.config.base;
    this.#base = base.endsWith('/') ? base : `${base}/`;
  }

  /** Reads the live sitemap now rather than at the first publish. */
  async prepare(): Promise<void> {
    this.#live ??= await this.#read(this.#dist);
  }

  /**
   * Writes sitemap-index.xml and sitemap-0.xml into `staging` for these pages: `spliced`,
   * or `whole` (the integrations listed every URL).
   */
  async write(staging: string, pages: readonly string[]): Promise<'spliced' | 'whole'> {
    this.#pending = undefined;
    const live = this.#live ?? (await this.#read(this.#dist));
    if (!live) {
      await runIntegrations(this.#kept, staging, pages, true);
      this.#pending = await this.#read(staging);
      return 'whole';
    }
    // The integrations delete the lastmod file they read: kept for a second run.
    const lastmods = await readFile(join(staging, LASTMOD_FILE));
    await runIntegrations(this.#kept, staging, pages, false);
    const own = await this.#read(staging);
    const rendered = articleRendered();
    const others = live.filter((entry) => entry.article !== undefined && !rendered(entry.article));
    const entries = own && [...own, ...others].sort((a, b) => sitemapOrder(a.url, b.url));
    if (!own || !entries || !(await this.#splice(staging, entries))) {
      // Anything this cannot splice exactly: the integrations write the whole sitemap.
      await writeFile(join(staging, LASTMOD_FILE), lastmods);
      await runIntegrations(this.#kept, staging, pages, true);
      this.#pending = await this.#read(staging);
      return 'whole';
    }
    this.#pending = entries;
    return 'spliced';
  }

  /** The sitemap written last is now the live one (the publish was merged). */
  published(): void {
    this.#live = this.#pending;
  }

  /** Writes the entries into the staging sitemap in place of the integrations' own; false when it cannot be exact. */
  async #splice(staging: string, entries: Entry[]): Promise<boolean> {
    if (entries.length > SITEMAP_ENTRY_LIMIT) return false;
    // Two URLs the collation takes as equal: their order would depend on the input's.
    for (let i = 1; i < entries.length; i++)
      if (sitemapOrder(entries[i - 1]!.url, entries[i]!.url) === 0) return false;
    const file = join(staging, SITEMAP);
    const xml = await readFile(file, 'utf8');
    const start = xml.indexOf('<url>');
    const end = xml.lastIndexOf('</urlset>');
    if (start < 0 || end < start) return false;
    // The index names each file with the latest lastmod in it; the own entries hold the front
    // page, whose lastmod is the whole site's latest (sitemap-lastmod.ts), unless that changed.
    const index = await readFile(join(staging, INDEX), 'utf8');
    const latest = latestLastmod(entries);
    if (latest && !index.includes(`<lastmod>${latest}</lastmod>`)) return false;
    const body = entries.map((entry) => entry.xml).join('');
    await writeFile(file, xml.slice(0, start) + body + xml.slice(end));
    return true;
  }

  /** The entries of a folder's sitemap-0.xml; undefined unless it is the only sitemap file. */
  async #read(folder: string): Promise<Entry[] | undefined> {
    if (existsSync(join(folder, 'sitemap-1.xml'))) return undefined;
    const xml = await readFile(join(folder, SITEMAP), 'utf8').catch(() => undefined);
    if (xml === undefined) return undefined;
    const entries: Entry[] = [];
    for (const [element, inner = ''] of xml.matchAll(/<url>(.*?)<\/url>/gs)) {
      const loc = /^<loc>([^<]*)<\/loc>/.exec(inner)?.[1];
      if (loc === undefined) return undefined;
      const url = decodeXml(loc);
      const lastmod = /<lastmod>([^<]*)<\/lastmod>/.exec(inner)?.[1];
      const path = decodeURI(new URL(url).pathname).slice(this.#base.length);
      entries.push({ url, lastmod, article: /^articles\/([^/]+)\//.exec(path)?.[1], xml: element });
    }
    return entries;
  }
}

function latestLastmod(entries: readonly Entry[]): string | undefined {
  let latest: number | undefined;
  for (const { lastmod } of entries) {
    const time = lastmod ? new Date(lastmod).getTime() : Number.NaN;
    if (!Number.isNaN(time) && (latest === undefined || time > latest)) latest = time;
  }
  return latest === undefined ? undefined : new Date(latest).toISOString();
}

/** Calls the sitemap integrations' hooks as Astro's build calls them. */
async function runIntegrations(
  kept: KeptBuild,
  staging: string,
  pages: readonly string[],
  otherArticles: boolean,
): Promise<void> {
  const integrations = sitemapWithLastmod({ otherArticles });
  const logger = quietLogger();
  const dir = pathToFileURL(`${staging}/`);
  const call = async (name: keyof Hooks, input: object) => {
    for (const integration of integrations) {
      const hook = integration.hooks[name] as ((input: object) => unknown) | undefined;
      await hook?.({ logger, ...input });
    }
  };
  await call('astro:routes:resolved', { routes: kept.routes });
  await call('astro:config:done', { config: kept.config });
  // @astrojs/sitemap rewrites the pathnames it is given: each call gets its own copies.
  await call('astro:build:done', { dir, pages: pages.map((pathname) => ({ pathname })) });
}

/** Warnings and errors go to the console, as in a build run with logLevel "warn". */
function quietLogger(): AstroIntegrationLogger {
  const logger = {
    label: 'sitemap',
    options: {},
    info: () => undefined,
    debug: () => undefined,
    warn: (message: string) => console.warn(message),
    error: (message: string) => console.error(message),
    fork: () => logger,
  };
  return logger as unknown as AstroIntegrationLogger;
}
