// npm run publish -- <article-slug>
// The fast path for live coverage: after adding or editing updates of ONE article,
// rebuilds only that article's pages plus the site-wide pages (front page, listings,
// feeds) and merges them into the existing dist/, file by file, atomically.
// Anything else (deleting or renaming articles, changing code) needs `npm run build`.
// With a publisher running (npm run publisher), it asks the publisher instead, which
// publishes through the build it keeps in memory. Only what asking needs is loaded
// before: the build path (publish/by-build.ts) loads Astro.
import { existsSync, readdirSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { contentDirFor } from '../src/loaders/content-dir.ts';
import { readNow } from '../src/loaders/news-now.ts';
import { describeWaiting } from './publisher/schedule.ts';
import { askPublisher } from './publisher/connection.ts';
import { readPublishArgs } from './publish/publish-args.ts';
import { sayIfPublisherGone } from './publish/publisher-gone.ts';
import type { PublishReport } from './publisher/publisher.ts';
import { announceSiteAddress, resetBuildEnvironment } from './site-files.ts';

resetBuildEnvironment();

const root = resolve(import.meta.dirname, '..');
const dist = resolve(root, process.env.OUT_DIR || 'dist');

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

const contentDir = contentDirFor(root);
const args = readPublishArgs(process.argv.slice(2), contentDir, () =>
  readdirSync(join(contentDir, 'articles')),
);
if (!args.ok) fail(args.message);
const { slug } = args;
if (!existsSync(join(dist, 'index.html'))) {
  fail(`${basename(dist)}/ has no built site yet: run "npm run build" once, then publish.`);
}

// Said once the command is known to be right, before any page is written.
announceSiteAddress();

const seconds = (from: number) => `${((performance.now() - from) / 1000).toFixed(1)} s`;

// A running publisher (npm run publisher) publishes in a fraction of the time: ask it first.
if (!process.env.PUBLISH_WITHOUT_PUBLISHER) {
  const asked = performance.now();
  const answer = await askPublisher(dist, `/publish/${slug}`).catch((error: Error) =>
    fail(
      `The publisher did not answer (${error.message}); stop it, or publish without it: PUBLISH_WITHOUT_PUBLISHER=1.`,
    ),
  );
  if (answer) {
    const { body } = answer;
    // Content the checks refuse changes nothing; any other failure may have come while copying.
    if (answer.status === 422)
      fail(
        `\nPublishing failed; ${basename(dist)}/ still holds the last good files.\n${String(body.message)}`,
      );
    if (!body.ok)
      fail(
        `\nPublishing failed: ${String(body.message)}\nTo be sure ${basename(dist)}/ is whole, run "npm run build".`,
      );
    const report = body as unknown as PublishReport;
    const how =
      report.how === 'kept' ? 'by the publisher' : `by the publisher with a new build (${report.why})`;
    console.log(
      `Online: ${slug} published ${how} in ${seconds(asked)}: ${report.written.length} files written, ` +
        `${report.unchanged} unchanged, ${report.removed.length} removed. Article pages built: ${report.articles.join(', ')}.`,
    );
    const { listings } = report;
    if (listings)
      console.log(
        `Listing pages: ${listings.rendered} rendered again, ${listings.unchanged} left as they were` +
          (listings.removed > 0 ? `, ${listings.removed} removed (their list got shorter).` : '.'),
      );
    // The publisher's terminal shows them too, but the editor is looking at this one.
    for (const warning of report.warnings ?? []) console.error(warning);
    console.log('The publisher updates the search index in the background.');
    await sayWaiting('the publisher publishes it then');
    process.exit(0);
  }
}

await sayIfPublisherGone(dist);
const { publishByBuild } = await import('./publish/by-build.ts');
await publishByBuild(root, dist, slug);
if (!process.exitCode) await sayWaiting('publish again then, or start npm run publisher to do it on time');

/** Names the article's scheduled updates still to come: they are not online yet. */
async function sayWaiting(when: string) {
  const waiting = await describeWaiting(contentDirFor(root), slug, readNow());
  if (waiting) console.log(`${waiting.slice(0, -1)}: not online yet; ${when}.`);
}
