import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startPublisherProcess, type RunningPublisher } from '../../scripts/bench/publisher-runs.ts';
import { makeTempSite, projectRoot, type TempSite } from '../helpers/temp-site.ts';

// A scheduled update goes online at its time with nobody running a command: the running
// publisher notices it (scripts/publisher/schedule.ts) and publishes its article when due.
const SEED = 'moscow-concert-hall-attack';
let site: TempSite;
let publisher: RunningPublisher | undefined;

beforeAll(async () => {
  site = await makeTempSite('publisher-schedule', [join(projectRoot, 'content')]);
  const built = await site.build();
  expect(built.code, built.output).toBe(0);
  publisher = await startPublisherProcess(site.dir, { CONTENT_DIR: '', OUT_DIR: '', NEWS_NOW: '' });
}, 240_000);

afterAll(async () => {
  await publisher?.stop();
  await site?.cleanup();
});

it('publishes a scheduled update when it comes due, and not before', async () => {
  const due = Date.now() + 4_000;
  const time = new Date(Math.ceil(due / 1000) * 1000).toISOString().replace('.000Z', 'Z');
  await writeFile(
    join(site.contentDir, 'articles', SEED, 'updates', 'embargoed.md'),
    `---\ntime: ${time}\ntitle: Embargoed statement\nscheduled: true\n---\n\nThe embargoed text.\n`,
  );
  const page = join(site.distDir, 'articles', SEED, 'index.html');
  let online: number | undefined;
  // Each look at dist/ is quick; the loop ends when the page has the update (or the test times out).
  while (online === undefined) {
    const html = await readFile(page, 'utf8');
    if (html.includes('The embargoed text.')) online = Date.now();
    else await new Promise((resolve) => setTimeout(resolve, 200));
  }
  expect(online).toBeGreaterThanOrEqual(Date.parse(time));
}, 120_000);
