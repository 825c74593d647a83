import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articleSlug, writeCorpus } from '../../scripts/bench/corpus.ts';
import { shardOfArticle } from '../../src/model/shard.ts';
import { compareDirs } from '../helpers/compare-dirs.ts';
import { runNodeScript } from '../helpers/run-script.ts';
import { makeTempSite, projectRoot, type TempSite } from '../helpers/temp-site.ts';

// `npm run build -- --shard i/3` three times (each with its own cold cache, as on separate
// machines), `npm run merge-shards`, and a single build: the same site, file by file,
// the search index in parts (scripts/search-index.ts) as an archive's would be.
const ARTICLES = 7;
const PARTS = { SEARCH_PART_RECORDS: '12' };

describe('a build split into shards', () => {
  let site: TempSite;
  const shard = (i: number) =>
    runNodeScript(site.dir, ['scripts/build.ts', '--shard', `${i}/3`], {
      OUT_DIR: `shard-${i}`,
      ASTRO_CACHE_DIR: join(site.dir, `.cache-${i}`),
    });
  const merge = (...folders: string[]) =>
    runNodeScript(site.dir, ['scripts/merge-shards.ts', ...folders], PARTS);

  beforeAll(async () => {
    site = await makeTempSite('shards', [join(projectRoot, 'content')]);
    await writeCorpus(site.contentDir, { articles: ARTICLES, updates: 4, photos: 3, seed: 4 });
  });

  afterAll(() => site?.cleanup());

  it('merges into the folder a single build writes', async () => {
    for (const i of [1, 2, 3]) {
      const result = await shard(i);
      expect(result.code, result.output).toBe(0);
      expect(result.output).toContain(`Shard ${i}/3 written to shard-${i}/`);
    }
    // Each shard holds the pages of its own articles only.
    for (const i of [1, 2, 3]) {
      const own = Array.from({ length: ARTICLES }, (_, a) => articleSlug(a)).filter(
        (slug) => shardOfArticle(slug, 3) === i,
      );
      const built = (await readdir(join(site.dir, `shard-${i}`, 'articles'))).filter((s) =>
        s.startsWith('story-'),
      );
      expect(built.sort()).toEqual(own);
    }
    const merged = await merge('shard-3', 'shard-1', 'shard-2');
    expect(merged.code, merged.output).toBe(0);
    expect(merged.output).toMatch(/^3 shards merged into dist\/ in [\d.]+ s/m);

    const full = await site.build({
      OUT_DIR: 'dist-full',
      ASTRO_CACHE_DIR: join(site.dir, '.cache-full'),
      ...PARTS,
    });
    expect(full.code, full.output).toBe(0);
    expect(full.output).toMatch(/^Search index: 8 pages, 29 live updates in 3 parts \(/m);
    expect(await compareDirs(site.distDir, join(site.dir, 'dist-full'))).toEqual([]);
    // Four builds in one test: more than the 240 s a build test gets on a loaded machine.
  }, 600_000);

  it('refuses a missing shard, or a folder that is not one, and leaves dist/ as it was', async () => {
    const front = await readFile(join(site.distDir, 'index.html'));
    const missing = await merge('shard-1', 'shard-3');
    expect(missing.code).toBe(1);
    expect(missing.output).toContain('Shard 2 of 3 is missing');
    const notShard = await merge('shard-1', 'shard-2', 'dist-full');
    expect(notShard.code).toBe(1);
    expect(notShard.output).toContain('is not the folder of a shard build');
    expect(notShard.output).toContain('dist/ was left unchanged');
    expect(await readFile(join(site.distDir, 'index.html'))).toEqual(front);
    expect((await readdir(site.dir)).filter((name) => name.includes('-building-'))).toEqual([]);
  });

  it('refuses a shard that is not i/n, building nothing', async () => {
    const result = await runNodeScript(site.dir, ['scripts/build.ts', '--shard', '4/3'], {
      OUT_DIR: 'shard-x',
    });
    expect(result.code).toBe(1);
    expect(result.output).toContain('--shard "4/3" is not a shard');
    expect(existsSync(join(site.dir, 'shard-x'))).toBe(false);
  });

  it('refuses a search part size that is not a whole number before building or merging anything', async () => {
    const build = await runNodeScript(site.dir, ['scripts/build.ts'], {
      OUT_DIR: 'dist-x',
      SEARCH_PART_RECORDS: 'many',
    });
    expect(build.code).toBe(1);
    expect(build.output).toContain('SEARCH_PART_RECORDS is "many": give a whole number of records');
    expect(build.output).toContain('Nothing was built.');
    expect(existsSync(join(site.dir, 'dist-x'))).toBe(false);
    const merged = await runNodeScript(
      site.dir,
      ['scripts/merge-shards.ts', 'shard-1', 'shard-2', 'shard-3'],
      {
        OUT_DIR: 'dist-x',
        SEARCH_PART_RECORDS: '0',
      },
    );
    expect(merged.code).toBe(1);
    expect(merged.output).toContain('SEARCH_PART_RECORDS is "0"');
    expect(existsSync(join(site.dir, 'dist-x'))).toBe(false);
  });
});
