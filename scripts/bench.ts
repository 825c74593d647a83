// npm run bench -- [--articles 100] [--updates 100] [--photos 0,10] [--sites project,default,sanitized]
//                  [--seed 1] [--json results.json] [--keep] [--publish-runs 1] [--publisher-runs 3]
//                  [--no-rebuilds]
// Builds synthetic corpora (by default one text-only, one with photos) with the project and
// with two plain Astro baselines, measuring a clean build, two warm rebuilds and a rebuild
// after adding one update; ratios compare sites on the same corpus within the run.
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { writeCorpus } from './bench/corpus.ts';
import { describeMachine, computeRatios, formatTable, type PhaseResult } from './bench/report.ts';
import { makeBenchSites, runPhases, SITE_NAMES } from './bench/sites.ts';

function usage(message: string): never {
  console.error(
    `${message}\nUsage: npm run bench -- [--articles N] [--updates M] [--photos P] [--sites a,b] ...`,
  );
  console.error('The flags are described in docs/performance.md.');
  process.exit(2);
}

const { values } = (() => {
  try {
    return parseArgs({
      options: {
        articles: { type: 'string', default: '100' },
        updates: { type: 'string', default: '100' },
        photos: { type: 'string' },
        seed: { type: 'string', default: '1' },
        sites: { type: 'string', default: 'default,sanitized,project' },
        json: { type: 'string' },
        keep: { type: 'boolean', default: false },
        'publish-runs': { type: 'string', default: '1' },
        /** Updates published through the long-lived publisher (npm run publisher). */
        'publisher-runs': { type: 'string', default: '3' },
        /** Only the clean build and the fast path (scaling runs of the publish command). */
        'no-rebuilds': { type: 'boolean', default: false },
      },
    });
  } catch (error) {
    return usage((error as Error).message);
  }
})();

function count(name: string, text: string | undefined, least = 0): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < least)
    usage(`--${name} must be a whole number of at least ${least}, got "${text}"`);
  return n;
}

const articles = count('articles', values.articles, 1);
/** One corpus per value: text only (0) and with photos, unless --photos names one. */
const photoCounts = [
  ...new Set(
    (values.photos ?? `0,${Math.min(10, articles)}`).split(',').map((p) => count('photos', p.trim())),
  ),
];
const options = {
  articles,
  updates: count('updates', values.updates),
  seed: count('seed', values.seed),
  publishRuns: count('publish-runs', values['publish-runs']),
  publisherRuns: count('publisher-runs', values['publisher-runs']),
  rebuilds: !values['no-rebuilds'],
};
const wanted = values.sites.split(',').map((s) => s.trim());
const unknown = wanted.filter((name) => !(SITE_NAMES as readonly string[]).includes(name));
if (unknown.length > 0)
  usage(`--sites: unknown site "${unknown.join('", "')}"; choose among ${SITE_NAMES.join(', ')}`);
const work = await mkdtemp(join(tmpdir(), 'live-news-bench-'));
try {
  const machine = describeMachine();
  console.log(`Machine: ${machine.cpu}, ${machine.cores} cores, load ${machine.loadAverage.join(' ')}`);
  const sites = await makeBenchSites(work, wanted);
  const results: PhaseResult[] = [];
  for (const photos of photoCounts) {
    const name = photos === 0 ? 'text only' : `${photos} photo${photos === 1 ? '' : 's'}`;
    console.log(
      `Corpus "${name}": ${options.articles} articles x ${options.updates} updates, ${photos} photos (seed ${options.seed})`,
    );
    const corpus = join(work, `corpus-${photos}`);
    await writeCorpus(corpus, { ...options, photos });
    for (const site of sites) {
      // Each site gets its own copy: adding an update must not leak into the next site's clean build.
      await rm(site.contentDir, { recursive: true, force: true });
      await cp(corpus, site.contentDir, { recursive: true });
      for await (const result of runPhases(site, options)) {
        results.push({ corpus: name, ...result });
        const online = result.onlineS === undefined ? '' : ` (online after ${result.onlineS.toFixed(2)} s)`;
        const how = result.publisher ? ` [${result.publisher}]` : '';
        const search = result.searchS === undefined ? '' : ` (search index ${result.searchS.toFixed(1)} s)`;
        console.log(
          // CPU time and memory too: on a loaded machine they say more than the wall time.
          `  ${site.name.padEnd(9)} ${result.phase.padEnd(18)} ${result.wallS.toFixed(2)} s${online}${search}${how}, CPU ${result.cpuS.toFixed(2)} s, ${result.maxRssMb.toFixed(0)} MB`,
        );
      }
    }
  }
  const ratios = computeRatios(results, 'project', ['sanitized', 'default']);
  console.log(`\n${formatTable(results, ratios)}`);
  if (values.json) {
    const report = {
      machine,
      loadAfter: describeMachine().loadAverage,
      options: { ...options, photos: photoCounts },
      results,
      ratios,
    };
    await writeFile(values.json, `${JSON.stringify(report, null, 2)}\n`);
    console.log(`\nJSON written to ${values.json}`);
  }
} finally {
  if (values.keep) console.log(`Kept ${work}`);
  else await rm(work, { recursive: true, force: true });
}
