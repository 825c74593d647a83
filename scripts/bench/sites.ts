import { existsSync } from 'node:fs';
import { readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { addUpdate, articleSlug } from './corpus.ts';
import { writeBaselineSite } from './baseline-site.ts';
import { copyProject } from './project-copy.ts';
import { measureNode } from './measure.ts';
import { measureOutput } from './output-size.ts';
import { startPublisherProcess } from './publisher-runs.ts';
import { askPublisher } from '../publisher/connection.ts';
import { LARGE_HEAP } from '../large-heap.ts';
import type { SiteResult } from './report.ts';

/** The sites `npm run bench -- --sites` can measure. */
export const SITE_NAMES = ['default', 'sanitized', 'project'] as const;

export interface BenchSite {
  name: string;
  dir: string;
  contentDir: string;
  distDir: string;
  build: string[];
  /** The fast path for one article (project only). */
  publish?: (slug: string) => string[];
  /** Whether it has the long-lived publisher (project only; `publish` asks it when it runs). */
  publisher?: boolean;
  env: Record<string, string>;
}

/** Builds the sites asked for (project, default, sanitized) in folders under `work`. */
export async function makeBenchSites(work: string, names: string[]): Promise<BenchSite[]> {
  const sites: BenchSite[] = [];
  for (const name of names) {
    const dir = join(work, name);
    const contentDir = join(dir, 'content');
    const base = { name, dir, contentDir, distDir: join(dir, 'dist') };
    if (name === 'project') {
      await copyProject(dir);
      sites.push({
        ...base,
        // As `npm run build` and `npm run publish` run them (package.json): V8's heap may take
        // half the memory, not its default 4 GB, which 10,000 articles outgrow.
        build: [LARGE_HEAP, 'scripts/build.ts'],
        publish: existsSync(join(dir, 'scripts/publish.ts'))
          ? (slug) => [LARGE_HEAP, 'scripts/publish.ts', slug]
          : undefined,
        publisher: existsSync(join(dir, 'scripts/publisher.ts')),
        env: {
          CONTENT_DIR: contentDir,
          ASTRO_CACHE_DIR: join(dir, '.cache'),
          OUT_DIR: '',
          BUILD_LOG_LEVEL: 'silent',
        },
      });
    } else if (name === 'default' || name === 'sanitized') {
      await writeBaselineSite(dir, name);
      sites.push({ ...base, build: ['build.mjs'], env: { CONTENT_DIR: contentDir } });
    } else {
      throw new Error(`Unknown site "${name}": choose among project, default, sanitized`);
    }
  }
  return sites;
}

/**
 * Files the build wrote into Astro's image cache (`<cacheDir>/assets`) since
 * `since`: each is one image encoded; 0 on a rebuild means the cache held.
 */
async function imagesEncoded(site: BenchSite, since: number): Promise<number> {
  const entries = await readdir(join(site.dir, '.cache', 'assets'), { withFileTypes: true }).catch(() => []);
  let count = 0;
  for (const entry of entries) {
    if (entry.isFile() && (await stat(join(entry.parentPath, entry.name))).mtimeMs >= since) count++;
  }
  return count;
}

/** What `npm run publish` says once the search index follows the pages (scripts/publish/by-build.ts). */
const SEARCH_UPDATED = /^Search index updated in ([\d.]+) s/m;

async function run(
  site: BenchSite,
  phase: string,
  args: string[],
  describe: (output: string) => Partial<SiteResult> = () => ({}),
  /** Called as soon as the command exits, before the output is measured. */
  exited: () => Promise<void> = async () => undefined,
): Promise<SiteResult> {
  const since = Date.now() - 1;
  const result = await measureNode(site.dir, args, site.env);
  await exited();
  if (result.code !== 0)
    throw new Error(`${site.name} ${phase} failed (exit ${result.code}):\n${result.output}`);
  const { wallS, cpuS, maxRssMb, onlineS } = result;
  const searchS = Number(SEARCH_UPDATED.exec(result.output)?.[1] ?? Number.NaN);
  return {
    ...describe(result.output),
    ...(Number.isFinite(searchS) && { searchS }),
    site: site.name,
    phase,
    wallS,
    ...(onlineS && { onlineS }),
    cpuS,
    maxRssMb,
    output: await measureOutput(site.distDir),
    ...(await imageRate(site, since, wallS)),
  };
}

async function imageRate(site: BenchSite, since: number, wallS: number) {
  const encoded = await imagesEncoded(site, since);
  return { imagesEncoded: encoded, imagesPerSecond: encoded > 0 ? encoded / wallS : 0 };
}

/**
 * Clean build, warm rebuild, a second warm rebuild (each build replaces the site of the one
 * before, as day to day: the first warm rebuild has no replaced site to deal with yet), one
 * more update (full build), and the project's fast path.
 */
export async function* runPhases(
  site: BenchSite,
  options: { updates: number; seed: number; publishRuns: number; publisherRuns: number; rebuilds: boolean },
): AsyncGenerator<SiteResult> {
  // Every site folder and what is kept beside it (.dist-previous, .dist-online, .dist-search):
  // a clean build has no earlier site to take anything from, and a missing dist/ brings
  // .dist-previous back (scripts/site-files.ts).
  const leftovers = (await readdir(site.dir)).filter((name) => name === 'dist' || name.startsWith('.dist-'));
  for (const leftover of [...leftovers, '.cache', '.astro'])
    await rm(join(site.dir, leftover), { recursive: true, force: true });
  yield await run(site, 'clean build', site.build);
  if (options.rebuilds) {
    yield await run(site, 'warm rebuild', site.build);
    yield await run(site, 'second warm rebuild', site.build);
    await addUpdate(site.contentDir, 0, options.updates, options.seed);
    yield await run(site, 'add update (full)', site.build);
  }
  for (let i = 1; site.publish && i <= options.publishRuns; i++) {
    await addUpdate(site.contentDir, 0, options.updates + i, options.seed);
    yield await run(site, 'publish one update', site.publish(articleSlug(0)));
  }
  if (site.publish && site.publisher && options.publisherRuns > 0) {
    yield* publisherPhases(site, options.updates + options.publishRuns, options);
  }
}

/** How the publisher published: through the build it keeps, or (it says why) a new build. */
const howPublished = (output: string): Partial<SiteResult> => ({
  publisher: /published by the publisher with a new build \(([^)]*)\)/.exec(output)?.[1] ?? 'kept build',
});

/**
 * The long-lived publisher: its start (a build it keeps), then one update published
 * through it per run. A run's CPU time is the publish command's plus the publisher's
 * until the command exited; its memory is the publisher's peak so far (search index included). Each run waits for the search
 * index of the one before, as updates minutes apart would.
 */
async function* publisherPhases(
  site: BenchSite,
  updatesBefore: number,
  options: { seed: number; publisherRuns: number },
): AsyncGenerator<SiteResult> {
  const publisher = await startPublisherProcess(site.dir, site.env);
  try {
    yield {
      site: site.name,
      phase: 'publisher start',
      wallS: publisher.readyS,
      cpuS: publisher.readyCpuS,
      maxRssMb: await publisher.peakRssMb(),
      output: await measureOutput(site.distDir),
      imagesEncoded: 0,
      imagesPerSecond: 0,
    };
    for (let i = 1; i <= options.publisherRuns; i++) {
      await addUpdate(site.contentDir, 0, updatesBefore + i, options.seed);
      const cpuBefore = await publisher.cpuS();
      let cpuAfter = cpuBefore;
      // Read as soon as the command exits: the publisher then goes on with the search index.
      const result = await run(
        site,
        'publish via publisher',
        site.publish!(articleSlug(0)),
        howPublished,
        async () => {
          cpuAfter = await publisher.cpuS();
        },
      );
      const cpuS = result.cpuS + cpuAfter - cpuBefore;
      yield { ...result, cpuS, maxRssMb: Math.max(result.maxRssMb, await publisher.peakRssMb()) };
      const idle = await askPublisher(site.distDir, '/idle');
      if (!idle?.body.ok || idle.body.searchError)
        throw new Error(`The publisher's search index failed: ${JSON.stringify(idle?.body)}`);
    }
  } finally {
    await publisher.stop();
  }
}
