import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { writeCorpus } from '../../scripts/bench/corpus.ts';
import { renderedBodies } from '../helpers/build-log.ts';
import { makeTempSite, type TempSite } from '../helpers/temp-site.ts';

// Markdown rendered in worker threads (src/loaders/render-pool.ts): a clean build starts
// them while it reads the content; a warm build, which renders nothing, never does, also
// on a site without authors or photos (their stores stay empty on every build).
let site: TempSite;
const env = () => ({ ASTRO_CACHE_DIR: join(site.dir, '.cache') });
const STARTED = /Rendering Markdown in \d+ worker threads while the content is read/;
beforeAll(async () => {
  site = await makeTempSite('render-workers', []);
  await writeCorpus(site.contentDir, { articles: 2, updates: 40, photos: 0, seed: 3 });
});

afterAll(() => site?.cleanup());

it('a clean build renders every body early in workers, a warm one starts none', async () => {
  const clean = await site.build(env());
  expect(clean.code, clean.output).toBe(0);
  expect(clean.output).toMatch(STARTED);
  // Articles, then updates: every body rendered, all of them begun while the content was read.
  expect(renderedBodies(clean.output).sort()).toEqual([
    [2, 2],
    [80, 80],
  ]);
  const warm = await site.build(env());
  expect(warm.code, warm.output).toBe(0);
  expect(warm.output).not.toMatch(STARTED);
  expect(renderedBodies(warm.output)).toEqual([]);
});
