// Atomic build: Astro writes into a fresh temporary folder next to dist/, and
// dist/ is replaced only when the whole build succeeded. A failed or killed
// build leaves the previous dist/ exactly as it was.
import { build } from 'astro';
import { existsSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import {
  commitPacks,
  deadPackPrefixes,
  onlineDirFor,
  stagedPacksFor,
} from '../src/loaders/online-sources.ts';
import { site } from '../src/site.ts';
import { searchDuringBuild } from './search-during-build.ts';
import { writeServiceWorker } from './service-worker-file.ts';
import { writeSearchFiles } from './search-files.ts';
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
// The sources of every article, kept beside dist/ once it is replaced (src/loaders/online-sources.ts).
const packs = stagedPacksFor(dist);
process.env.ONLINE_SOURCES_OUT = packs;

async function clearLeftovers() {
  // A build killed between the two renames below leaves dist/ missing and the old copy aside: restore it.
  if (!existsSync(dist) && existsSync(previous)) await rename(previous, dist);
  await removeDeadStaging(parent, [`.${name}-building-`, `.${name}-publish-`, ...deadPackPrefixes(dist)]);
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
  await writeSearchFiles(join(staging, 'pagefind'), indexed.files);
  const seconds = ((performance.now() - waiting) / 1000).toFixed(1);
  console.log(
    `Search index: ${indexed.pages} pages, ${indexed.updates} live updates (${seconds} s after the build)`,
  );
  // Before _headers, whose cache rules name every top-level file.
  await writeServiceWorker(staging, process.env.BASE_PATH || '/');
  await writeHostHeaders(staging);
} catch (error) {
  await rm(staging, { recursive: true, force: true });
  await rm(packs, { recursive: true, force: true });
  console.error(`\nBuild failed; ${name}/ was left unchanged.`);
  if (error instanceof Error && !process.exitCode) console.error(error.message);
  process.exit(1);
}
await rm(previous, { recursive: true, force: true });
if (existsSync(dist)) await rename(dist, previous);
await rename(staging, dist);
await commitPacks(packs, onlineDirFor(dist), true);
await rm(previous, { recursive: true, force: true });
console.log(`Site written to ${name}/`);
