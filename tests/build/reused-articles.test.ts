import { cp, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUpdate, articleSlug, writeCorpus } from '../../scripts/bench/corpus.ts';
import { compareDirs } from '../helpers/compare-dirs.ts';
import { runNodeScript } from '../helpers/run-script.ts';
import { snapshotDir } from '../helpers/snapshot-dir.ts';
import { makePhoto } from '../helpers/photo-fixtures.ts';
import { makeTempSite, type TempSite } from '../helpers/temp-site.ts';

// A full build takes the pages of the articles unchanged since the site it replaces was built
// (src/data/reused-articles.ts). Whatever it takes, the site must be the one a build from
// nothing writes, file by file: each step below is compared with a fresh build of the same content.
const ARTICLES = 9;
// Articles 1 and 5 show a photo (writeCorpus puts one in every fourth).
const NOON = { NEWS_NOW: '2024-06-03T12:00:00+02:00' };
const TWO = { NEWS_NOW: '2024-06-03T14:00:00+02:00' };

/** The slugs the build log says were taken. */
function taken(output: string): number {
  return Number(/^.*?(\d+) unchanged article\(s\) taken from the last build/m.exec(output)?.[1] ?? 0);
}

describe('a full build takes the pages of unchanged articles from the site it replaces', () => {
  let site: TempSite;
  let fresh: TempSite;

  const build = async (env: Record<string, string>) => {
    const result = await site.build(env);
    expect(result.code, result.output).toBe(0);
    return result.output;
  };

  /** The same content built from nothing (no site, no sources kept beside it), compared file by file. */
  const expectFreshBuildSame = async (env: Record<string, string>) => {
    for (const name of ['content', 'dist', '.dist-online', '.dist-previous'])
      await rm(join(fresh.dir, name), { recursive: true, force: true });
    await cp(site.contentDir, fresh.contentDir, { recursive: true });
    const result = await fresh.build(env);
    expect(result.code, result.output).toBe(0);
    expect(taken(result.output)).toBe(0);
    expect(await compareDirs(site.distDir, fresh.distDir)).toEqual([]);
  };

  beforeAll(async () => {
    site = await makeTempSite('reused', []);
    fresh = await makeTempSite('reused-fresh', []);
    await writeCorpus(site.contentDir, { articles: ARTICLES, updates: 6, photos: 2, seed: 11 });
  });

  afterAll(async () => {
    await site?.cleanup();
    await fresh?.cleanup();
  });

  it('takes every article when nothing changed, with its photos, and writes the same site', async () => {
    const first = await build(NOON);
    expect(taken(first)).toBe(0);
    const before = await snapshotDir(site.distDir);
    const again = await build(NOON);
    expect(taken(again)).toBe(ARTICLES);
    expect(await snapshotDir(site.distDir)).toEqual(before);
  }, 600_000);

  it('renders again what was edited, added, removed or became due, and writes what a fresh build writes', async () => {
    const content = (path: string) => join(site.contentDir, 'articles', path);
    // Edited, one more update, removed, a scheduled update not yet due, and a new article.
    const edited = content(`${articleSlug(1)}/updates/0002-update.md`);
    await writeFile(edited, `${await readFile(edited, 'utf8')}\nA sentence added after review.\n`);
    await addUpdate(site.contentDir, 2, 6, 3);
    await rm(content(articleSlug(3)), { recursive: true });
    await writeFile(
      content(`${articleSlug(5)}/updates/0100-due.md`),
      '---\ntime: 2024-06-03T13:00:00+02:00\nscheduled: true\ntitle: "Due at one"\n---\n\nThe statement was read out at one.\n',
    );
    await cp(content(articleSlug(6)), content('story-new'), { recursive: true });
    const index = content('story-new/index.md');
    await writeFile(index, (await readFile(index, 'utf8')).replace(/^title: .*$/m, 'title: "A new story"'));

    const output = await build(NOON);
    // 1, 5, 7, 8 and 9: 2 edited, 3 with an update more, 4 gone, 6 with a file more, the new one.
    expect(taken(output)).toBe(5);
    await expectFreshBuildSame(NOON);

    // One o'clock has passed: the scheduled update is on the site, though no file changed.
    const later = await build(TWO);
    expect(taken(later)).toBe(8);
    const page = await readFile(join(site.distDir, 'articles', articleSlug(5), 'index.html'), 'utf8');
    expect(page).toContain('Due at one');
    await expectFreshBuildSame(TWO);
  }, 600_000);

  it('renders again an article published since (npm run publish) or whose photo was replaced, and every article after a change of code', async () => {
    const edited = join(site.contentDir, 'articles', articleSlug(1), 'index.md');
    await writeFile(
      edited,
      (await readFile(edited, 'utf8')).replace(/^title: .*$/m, 'title: "Published since"'),
    );
    const publish = await runNodeScript(site.dir, ['scripts/publish.ts', articleSlug(1)], TWO);
    expect(publish.code, publish.output).toBe(0);
    // Another picture under the same file name, the Markdown unchanged.
    await makePhoto(join(site.contentDir, 'articles', articleSlug(4), 'photo.jpg'), {
      width: 900,
      height: 600,
    });
    const output = await build(TWO);
    // Nine articles (4 gone, the new one come), all but the one published and the new photo's.
    expect(taken(output)).toBe(7);
    await expectFreshBuildSame(TWO);

    // Any file of the project's code, here a public one, is in the build key: nothing is taken.
    await writeFile(join(site.dir, 'public', 'reuse-test.txt'), 'A new file.\n');
    const changed = await build(TWO);
    expect(taken(changed)).toBe(0);
    expect(changed).not.toContain('taken from the last build');
    await rm(join(site.dir, 'public', 'reuse-test.txt'));
  }, 600_000);

  it('takes no page from an older site come back as dist/ (`.dist-previous`, when dist/ is missing)', async () => {
    const edited = join(site.contentDir, 'articles', articleSlug(1), 'updates', '0001-update.md');
    const text = await readFile(edited, 'utf8');
    await writeFile(edited, `${text}\nFirst correction.\n`);
    await build(TWO);
    await writeFile(edited, `${text}\nSecond correction.\n`);
    expect(taken(await build(TWO))).toBe(8);
    // dist/ gone: the site before it comes back, with the first correction, while the sources
    // kept beside it are the second's. Article 2's page there is not the one they were built with.
    await rm(site.distDir, { recursive: true });
    expect(taken(await build(TWO))).toBe(8);
    const page = await readFile(join(site.distDir, 'articles', articleSlug(1), 'index.html'), 'utf8');
    expect(page).toContain('Second correction.');
    await expectFreshBuildSame(TWO);
  }, 600_000);
});
