// Atomic build: Astro writes into a fresh temporary folder next to dist/, and
// dist/ is replaced only when the whole build succeeded. A failed or killed
// build leaves the previous dist/ exactly as it was.
import { build } from 'astro';
import { existsSync } from 'node:fs';
import { readdir, rename, rm } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { site } from '../src/site.ts';
import { indexSite } from './search-index.ts';
import { writeHostHeaders } from './site-files.ts';

process.env.ASTRO_TELEMETRY_DISABLED = '1';
// Astro lets variables from the environment override import.meta.env: a stray BASE_URL or SITE
// (vitest sets BASE_URL=/, so do some CI systems) would break every link under a base path.
// The deploy's base and site come from BASE_PATH and SITE_URL only (astro.config.mjs).
delete process.env.BASE_URL;
delete process.env.SITE;
// Set by `npm run publish` to build one article's pages only (src/data/publish-scope.ts): a full
// build always builds everything, whatever the shell it runs in has set.
delete process.env.PUBLISH_ARTICLE;
delete process.env.PUBLISH_DIST;

const root = resolve(import.meta.dirname, '..');
const dist = resolve(root, process.env.OUT_DIR || 'dist');
const parent = dirname(dist);
const name = basename(dist);
const staging = join(parent, `.${name}-building-${process.pid}`);
const previous = join(parent, `.${name}-previous`);

async function clearLeftovers() {
  // A build killed between the two renames below leaves dist/ missing and the old copy aside: restore it.
  if (!existsSync(dist) && existsSync(previous)) await rename(previous, dist);
  for (const entry of await readdir(parent)) {
    const pid = Number(entry.slice(`.${name}-building-`.length));
    if (entry.startsWith(`.${name}-building-`) && !isRunning(pid)) {
      await rm(join(parent, entry), { recursive: true, force: true });
    }
  }
}

/** Another build may be running beside this one (a second terminal): leave its staging folder alone. */
function isRunning(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

await clearLeftovers();
try {
  await build({
    root,
    outDir: staging,
    logLevel: process.env.BUILD_LOG_LEVEL === 'silent' ? 'error' : 'info',
  });
  // Search is part of the site: a failed index fails the build and dist/ stays as it was.
  const indexing = performance.now();
  const indexed = await indexSite(staging, site.lang);
  const seconds = ((performance.now() - indexing) / 1000).toFixed(1);
  console.log(`Search index: ${indexed.pages} pages, ${indexed.updates} live updates (${seconds} s)`);
  await writeHostHeaders(staging);
} catch (error) {
  await rm(staging, { recursive: true, force: true });
  console.error(`\nBuild failed; ${name}/ was left unchanged.`);
  if (error instanceof Error && !process.exitCode) console.error(error.message);
  process.exit(1);
}
await rm(previous, { recursive: true, force: true });
if (existsSync(dist)) await rename(dist, previous);
await rename(staging, dist);
await rm(previous, { recursive: true, force: true });
console.log(`Site written to ${name}/`);
