// npm run publish -- <article-slug>
// The fast path for live coverage: after adding or editing updates of ONE article,
// rebuilds only that article's pages plus the site-wide pages (front page, listings,
// feeds) and merges them into the existing dist/, file by file, atomically.
// Anything else (deleting or renaming articles, changing code) needs `npm run build`.
import { build } from 'astro';
import { existsSync } from 'node:fs';
import { readdir, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { contentDirFor } from '../src/loaders/content-dir.ts';
import { SLUG_PATTERN } from '../src/model/update-id.ts';
import { headerRules, renderHeadersFile } from '../src/security/headers.ts';
import { site } from '../src/site.ts';
import { indexSite } from './search-index.ts';
import { mergeOutput } from './publish/merge-output.ts';
import { publishScope } from './publish/publish-scope.ts';

process.env.ASTRO_TELEMETRY_DISABLED = '1';

const root = resolve(import.meta.dirname, '..');
const dist = resolve(root, process.env.OUT_DIR || 'dist');
const slug = process.argv[2] ?? '';

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

if (!SLUG_PATTERN.test(slug))
  fail('Usage: npm run publish -- <article-slug>  (the folder name under content/articles/)');
if (!existsSync(join(contentDirFor(root), 'articles', slug, 'index.md'))) {
  fail(`There is no article "${slug}": content/articles/${slug}/index.md does not exist.`);
}
if (!existsSync(join(dist, 'index.html'))) {
  fail(`${basename(dist)}/ has no built site yet: run "npm run build" once, then publish.`);
}

/** As in scripts/build.ts: `_headers` from the top-level entries of the site. */
async function writeHostHeaders(dir: string) {
  const top = (await readdir(dir, { withFileTypes: true })).map((e) => ({
    name: e.name,
    isDirectory: e.isDirectory(),
  }));
  await writeFile(join(dir, '_headers'), renderHeadersFile(headerRules(process.env.BASE_PATH || '/', top)));
}

const started = performance.now();
// Only this article's update permalink pages are written (src/integrations/permalinks.ts).
process.env.PUBLISH_ARTICLE = slug;
/** Other articles' pages, served back from dist/ unchanged by the restricted build. */
const served = new Set<string>();
const staging = join(dirname(dist), `.${basename(dist)}-publish-${process.pid}`);
try {
  await build({
    root,
    outDir: staging,
    logLevel: process.env.BUILD_LOG_LEVEL === 'silent' ? 'error' : 'warn',
    integrations: [publishScope(slug, dist, served)],
  });
  const built = performance.now();
  // The same steps as scripts/build.ts after Astro: the restricted build is a whole site.
  await indexSite(staging, site.lang);
  await writeHostHeaders(staging);
  const indexed = performance.now();
  const report = await mergeOutput(staging, dist, slug, served);
  const seconds = (from: number, to = performance.now()) => `${((to - from) / 1000).toFixed(1)} s`;
  console.log(
    `Published ${slug} in ${seconds(started)} (build ${seconds(started, built)}, search index ` +
      `${seconds(built, indexed)}, merge ${seconds(indexed)}): ${report.written.length} files written, ` +
      `${report.unchanged} unchanged, ${report.removed.length} removed.`,
  );
} catch (error) {
  console.error(`\nPublishing failed; ${basename(dist)}/ still holds the last good files.`);
  if (error instanceof Error) console.error(error.message);
  process.exitCode = 1;
} finally {
  await rm(staging, { recursive: true, force: true });
}
