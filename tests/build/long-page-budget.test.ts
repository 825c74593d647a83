import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { articleSlug, writeCorpus } from '../../scripts/bench/corpus.ts';
import { gzipSize, pageWeight } from '../helpers/page-weight.ts';
import { makeTempSite, projectRoot, type TempSite } from '../helpers/temp-site.ts';

// Issue 8: a live article with 1,000 updates serves its first page within the seed
// page's budget (30 KB gzipped) plus the text of the updates that page shows.
const KB = 1024;
let site: TempSite;

beforeAll(async () => {
  site = await makeTempSite('long-page', [join(projectRoot, 'content')]);
  await writeCorpus(site.contentDir, { articles: 1, updates: 1000, photos: 0, seed: 11 });
  const result = await site.build({ ASTRO_CACHE_DIR: join(site.dir, '.cache') });
  expect(result.code, result.output).toBe(0);
}, 900_000);

afterAll(() => site?.cleanup());

it('the first page of a 1,000-update article stays within 30 KB plus its updates’ text', async () => {
  const file = join(site.distDir, 'articles', articleSlug(0), 'index.html');
  const html = await readFile(file, 'utf8');
  const ids = [...html.matchAll(/<article class="update" id="update-(\d{4}-update)"/g)].map((m) => m[1]!);
  expect(ids.length).toBeGreaterThan(0);
  let text = '';
  for (const id of new Set(ids)) {
    text += await readFile(join(site.contentDir, 'articles', articleSlug(0), 'updates', `${id}.md`), 'utf8');
  }
  const weight = await pageWeight(site.distDir, file);
  const budget = 30 * KB + gzipSize(text);
  console.log(
    `1,000-update article, first page: ${JSON.stringify({ ...weight, budget, updatesShown: ids.length })}`,
  );
  expect(weight.total, JSON.stringify({ ...weight, budget, updatesShown: ids.length })).toBeLessThanOrEqual(
    budget,
  );
  const seed = await pageWeight(
    site.distDir,
    join(site.distDir, 'articles/moscow-concert-hall-attack/index.html'),
  );
  expect(seed.total).toBeLessThanOrEqual(30 * KB);
});
