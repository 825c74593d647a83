// npm run check:astro-next [-- <version>]
// Before upgrading Astro: installs the newest Astro 7.x (or the version given) with the
// newest @astrojs packages of the pinned majors in a temporary copy of the project, then
// runs the publisher's identity tests there (a publish through the long-lived publisher
// equals a full build, file by file). Needs the npm registry; never part of `npm test`.
// The project itself is not touched; the copy is removed at the end (KEEP_COPY=1 keeps it).
import { execFileSync, spawnSync } from 'node:child_process';
import { cp, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { isCopied, newestRelease, upgradeSpecs } from './astro-next/plan.ts';

const root = resolve(import.meta.dirname, '..');
const TESTS = ['tests/build/publisher.test.ts', 'tests/build/publisher-listings.test.ts'];

const npm = (args: string[], cwd: string) => {
  console.log(`$ npm ${args.join(' ')}`);
  const run = spawnSync('npm', args, { cwd, stdio: 'inherit' });
  if (run.status !== 0) throw new Error(`npm ${args.join(' ')} failed (exit ${run.status}) in ${cwd}`);
};

const wanted =
  process.argv[2] ??
  newestRelease(
    JSON.parse(execFileSync('npm', ['view', 'astro@7', 'version', '--json'], { encoding: 'utf8' })),
  );
const pkg = JSON.parse(await readFile(join(root, 'package.json'), 'utf8')) as {
  dependencies: Record<string, string>;
};
console.log(`Astro pinned: ${pkg.dependencies.astro}; checking the publisher on Astro ${wanted}.`);

const copy = await mkdtemp(join(tmpdir(), 'live-news-astro-next-'));
let passed = false;
let problem: string | undefined;
try {
  for (const name of (await readdir(root)).filter(isCopied))
    await cp(join(root, name), join(copy, name), { recursive: true });
  npm(['ci', '--prefer-offline', '--no-audit', '--no-fund'], copy);
  npm(
    ['install', '--save-exact', '--no-audit', '--no-fund', ...upgradeSpecs(pkg.dependencies, wanted)],
    copy,
  );
  const tests = spawnSync('npx', ['vitest', 'run', ...TESTS], { cwd: copy, stdio: 'inherit' });
  passed = tests.status === 0;
} catch (error) {
  problem = error instanceof Error ? error.message : String(error);
} finally {
  if (process.env.KEEP_COPY) console.log(`The copy is kept in ${copy}.`);
  else await rm(copy, { recursive: true, force: true });
}
if (problem) {
  console.error(`\nCould not check Astro ${wanted}: ${problem}`);
  process.exit(1);
}
console.log(
  passed
    ? `\nAstro ${wanted}: the publisher publishes exactly what a full build makes; the upgrade keeps the fast path.`
    : `\nAstro ${wanted}: the publisher identity tests FAILED (see above). Upgrading would break or slow the ` +
        'fast publish path: see "The long-lived publisher" in docs/architecture.md.',
);
process.exit(passed ? 0 : 1);
