// Atomic build: Astro writes into a fresh temporary folder next to dist/, and
// dist/ is replaced only when the whole build succeeded. A failed or killed
// build leaves the previous dist/ exactly as it was.
import { build } from 'astro';
import { existsSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { site } from '../src/site.ts';
import { searchDuringBuild } from './search-during-build.ts';
import { writeSearchFiles } from './search-files.ts';
import { emptyRecentList } from './search-recent.ts';
import {
  announceSiteAddress,
  removeDeadStaging,
  resetBuildEnvironment,
  writeHostHeaders,
} from './site-files.ts';

resetBuildEnvironment();
announceSiteAddress();

const root = resolve(import.meta.dirname, '..');
const dist = resolve(root, process.env.OUT_DIR || 'dist');
const parent = dirname(dist);
const name = basename(dist);
const staging = join(parent, `.${name}-building-${process.pid}`);
const previous = join(parent, `.${name}-previous`);

async function clearLeftovers() {
  // A build killed between the two renames below leaves dist/ missing and the old copy aside: restore it.
  if (!existsSync(dist) && existsSync(previous)) await rename(previous, dist);
  await removeDeadStaging(parent, [`.${name}-building-`, `.${name}-publish-`]);
}

await clearLeftovers();
try {
  // Search is part of the site: a failed index fails the build and dist/ stays as it was.
  // It starts once the pages are written, while Astro finishes (scripts/search-during-build.ts).
  const search = searchDuringBuild(staging, site.lang);
  await build({
    root,
    outDir: staging,
    logLevel: process.env.BUILD_LOG_LEVEL === 'silent' ? 'error' : 'info',
    integrations: [search.integration],
  });
  const waiting = performance.now();
  const indexed = await search.index();
  // A full build indexes every article: no recent-changes index (scripts/search-recent.ts).
  await writeSearchFiles(join(staging, 'pagefind'), [...indexed.files, emptyRecentList()]);
  const seconds = ((performance.now() - waiting) / 1000).toFixed(1);
  console.log(
    `Search index: ${indexed.pages} pages, ${indexed.updates} live updates (${seconds} s after the build)`,
  );
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
