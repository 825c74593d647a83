import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { projectRoot } from '../helpers/temp-site.ts';
import { runNodeScript } from '../helpers/run-script.ts';

interface BenchReport {
  results: {
    corpus: string;
    site: string;
    phase: string;
    wallS: number;
    cpuS: number;
    maxRssMb: number;
    output: { files: number };
    imagesEncoded: number;
    imagesPerSecond: number;
    onlineS?: number;
    publisher?: string;
  }[];
  ratios: { corpus: string; phase: string; baseline: string; wall: number }[];
}

async function runBench(args: string[]): Promise<BenchReport> {
  const scratch = await mkdtemp(join(tmpdir(), 'live-news-bench-test-'));
  try {
    const json = join(scratch, 'bench.json');
    const run = await runNodeScript(projectRoot, ['scripts/bench.ts', ...args, '--json', json]);
    expect(run.code, run.output).toBe(0);
    expect(run.output).toContain('project / baseline');
    return JSON.parse(await readFile(json, 'utf8')) as BenchReport;
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

// Keeps `npm run bench` working; its figures are not asserted (they depend on the machine).
it('npm run bench runs every site and phase at a tiny size and writes its JSON', async () => {
  const report = await runBench([
    ...['--articles', '2', '--updates', '3', '--photos', '1'],
    ...['--publisher-runs', '2'],
  ]);
  const phases = report.results.map((r) => `${r.site}: ${r.phase}`);
  expect(phases).toEqual([
    'default: clean build',
    'default: warm rebuild',
    'default: second warm rebuild',
    'default: add update (full)',
    'sanitized: clean build',
    'sanitized: warm rebuild',
    'sanitized: second warm rebuild',
    'sanitized: add update (full)',
    'project: clean build',
    'project: warm rebuild',
    'project: second warm rebuild',
    'project: add update (full)',
    'project: publish one update',
    'project: publisher start',
    'project: publish via publisher',
    'project: publish via publisher',
  ]);
  for (const r of report.results) {
    expect(r.corpus).toBe('1 photo');
    expect(r.wallS).toBeGreaterThan(0);
    expect(r.cpuS).toBeGreaterThan(0);
    expect(r.maxRssMb).toBeGreaterThan(10);
    expect(r.output.files).toBeGreaterThan(2);
    expect(r.imagesPerSecond).toBeCloseTo(r.imagesEncoded > 0 ? r.imagesEncoded / r.wallS : 0, 6);
  }
  const phase = (name: string) => report.results.find((r) => `${r.site}: ${r.phase}` === name)!;
  expect(phase('project: clean build').imagesEncoded).toBeGreaterThan(0);
  expect(phase('project: warm rebuild').imagesEncoded).toBe(0);
  expect(phase('project: second warm rebuild').imagesEncoded).toBe(0);
  // Text updates through the publisher go through the build it keeps.
  const throughPublisher = report.results.filter((r) => r.phase === 'publish via publisher');
  for (const r of throughPublisher) {
    expect(r.publisher).toBe('kept build');
    expect(r.onlineS).toBeGreaterThan(0);
  }
  expect(report.ratios.map((r) => `${r.phase} / ${r.baseline}`)).toContain('clean build / sanitized');
}, 900_000);

it('npm run bench measures a text-only corpus and one with photos, with ratios for each', async () => {
  const report = await runBench([
    ...['--articles', '2', '--updates', '3', '--photos', '0,1', '--sites', 'sanitized,project'],
    ...['--no-rebuilds', '--publish-runs', '0', '--publisher-runs', '0'],
  ]);
  expect(report.results.map((r) => `${r.corpus}: ${r.site} ${r.phase} (${r.imagesEncoded > 0})`)).toEqual([
    'text only: sanitized clean build (false)',
    'text only: project clean build (false)',
    '1 photo: sanitized clean build (true)',
    '1 photo: project clean build (true)',
  ]);
  expect(report.ratios.map((r) => `${r.corpus}: ${r.phase} / ${r.baseline}`)).toEqual([
    'text only: clean build / sanitized',
    '1 photo: clean build / sanitized',
  ]);
}, 900_000);

it.each([
  [['scripts/bench.ts', '--articles', '0'], '--articles must be a whole number of at least 1, got "0"'],
  [['scripts/bench.ts', '--sites', 'nope'], '--sites: unknown site "nope"'],
  [['scripts/bench.ts', '--bogus'], "Unknown option '--bogus'"],
  [['scripts/audit.ts', '--runs', 'abc'], '--runs must be a whole number of at least 1, got "abc"'],
])('%j stops at once with a usage message and exit 2', async (args, message) => {
  const run = await runNodeScript(projectRoot, args);
  expect(run.code, run.output).toBe(2);
  expect(run.output).toContain(message);
  expect(run.output).toContain('Usage: npm run');
});

// Keeps `npm run bench:cards` working; its times are not asserted (they depend on the machine).
it('npm run bench:cards measures the three kinds of card, and refuses a count that is not a whole number', async () => {
  const run = await runNodeScript(projectRoot, ['scripts/bench/cards.ts', '--cards', '2']);
  expect(run.code, run.output).toBe(0);
  for (const card of ['update card, no photo', 'update card, over a photo', 'headline og.png'])
    expect(run.output).toMatch(new RegExp(`${card} +\\d+\\.\\d\\d +\\d+\\.\\d\\d +\\d+\\.\\d`));
  const refused = await runNodeScript(projectRoot, ['scripts/bench/cards.ts', '--cards', 'many']);
  expect(refused.code).not.toBe(0);
  expect(refused.output).toContain('Usage: npm run bench:cards');
});
