import { existsSync } from 'node:fs';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUpdate, articleSlug, writeCorpus } from '../../scripts/bench/corpus.ts';
import { askPublisher } from '../../scripts/publisher/connection.ts';
import { comparePublishedSite } from '../helpers/compare-dirs.ts';
import { startPublisherProcess, type RunningPublisher } from '../../scripts/bench/publisher-runs.ts';
import { buildPublishSite } from '../helpers/publish-site.ts';
import { makeTempSite, projectRoot, type TempSite } from '../helpers/temp-site.ts';
import { snapshotDir } from '../helpers/snapshot-dir.ts';
import { makePhoto } from '../helpers/photo-fixtures.ts';
import { runNodeScript } from '../helpers/run-script.ts';

// The long-lived publisher must publish exactly what a full build would: publish
// through it, wait for its search index, build everything elsewhere, compare dist/.
const startPublisher = (dir: string, env: Record<string, string> = {}) =>
  startPublisherProcess(dir, { CONTENT_DIR: '', OUT_DIR: '', ...env });

describe('npm run publisher', () => {
  let site: TempSite;
  let env: Record<string, string>;
  let publisher: RunningPublisher | undefined;

  const publish = (slug: string) => runNodeScript(site.dir, ['scripts/publish.ts', slug], env);
  const idle = async () => {
    const answer = await askPublisher(site.distDir, '/idle');
    expect(answer?.body).toEqual({ ok: true });
  };
  /** The site as a full build from scratch makes it (a fresh cache, as the first build had). */
  const expectSameAsFullBuild = async (name: string) => {
    await idle();
    const full = await site.build({ OUT_DIR: name, ASTRO_CACHE_DIR: join(site.dir, `.cache-${name}`) });
    expect(full.code, full.output).toBe(0);
    expect(await comparePublishedSite(site.distDir, join(site.dir, name))).toEqual([]);
    await rm(join(site.dir, name), { recursive: true });
  };

  beforeAll(async () => {
    const built = await buildPublishSite('publisher');
    ({ site, env } = built);
    expect(built.first.code, built.first.output).toBe(0);
    publisher = await startPublisher(site.dir, env);
  });

  afterAll(async () => {
    await publisher?.stop();
    await site?.cleanup();
  });

  it('refuses to start a second publisher for the same site', async () => {
    await expect(startPublisher(site.dir, env)).rejects.toThrow(
      /A publisher already runs for this site \(process \d+\)/,
    );
  });

  it('publishes a new update and a new article as a full build does', async () => {
    const slug = articleSlug(1);
    await addUpdate(site.contentDir, 1, 39, 99);
    // A new article nobody published yet: the front page links to it, so its pages are built too.
    await writeCorpus(site.contentDir, { articles: 4, updates: 39, photos: 1, seed: 7 });
    const result = await publish(slug);
    expect(result.code, result.output).toBe(0);
    expect(result.output).toMatch(/^Online: story-0002 published by the publisher in [\d.]+ s/m);
    expect(result.output).toContain(`Article pages built: ${slug}, ${articleSlug(3)}.`);
    const page = await readFile(join(site.distDir, 'articles', slug, 'index.html'), 'utf8');
    expect(page).toContain('id="update-0040-update"');
    expect(existsSync(join(site.distDir, 'articles', slug, 'older/1/index.html'))).toBe(true);
    await expectSameAsFullBuild('dist-full-1');
  });

  it('publishes edits of several articles, one after the other, as a full build does', async () => {
    // An edited update of the article published before, then another article: both
    // replacements stay in the publisher's overlay, and the listings show both.
    const edited = join(site.contentDir, 'articles', articleSlug(1), 'updates', '0005-update.md');
    const text = await readFile(edited, 'utf8');
    await writeFile(
      edited,
      text.replace(/\n\n/, '\n\nCorrection: an earlier version gave the wrong street.\n\n'),
    );
    expect((await publish(articleSlug(1))).output).toMatch(/^Online: story-0002 published by the publisher/m);
    await addUpdate(site.contentDir, 2, 39, 5);
    const result = await publish(articleSlug(2));
    expect(result.code, result.output).toBe(0);
    expect(result.output).toContain(`Article pages built: ${articleSlug(2)}.`);
    // Update 5 is on the page of older updates now.
    const page = await readFile(join(site.distDir, 'articles', articleSlug(1), 'older/1/index.html'), 'utf8');
    expect(page.includes('Correction: an earlier version gave the wrong street.')).toBe(true);
    await expectSameAsFullBuild('dist-full-2');
  });

  it('refuses an update with a mistake, names it, and changes nothing; the next publish works', async () => {
    await idle();
    const before = await snapshotDir(site.distDir);
    const bad = join(site.contentDir, 'articles', articleSlug(2), 'updates', '0041-update.md');
    await writeFile(bad, '---\ntime: yesterday\n---\n\nThe mayor spoke.\n');
    const result = await publish(articleSlug(2));
    expect(result.code).toBe(1);
    expect(result.output).toContain('Publishing failed; dist/ still holds the last good files.');
    expect(result.output).toMatch(/content\/articles\/story-0003\/updates\/0041-update\.md:2: time: /);
    expect(await snapshotDir(site.distDir)).toEqual(before);
    // Saved too early: front matter only. It goes online, and the editor is warned where they look.
    const made = await addUpdate(site.contentDir, 2, 40, 3);
    const front = (await readFile(made, 'utf8')).match(/^---\n[\s\S]*?\n---\n/)![0];
    await writeFile(bad, front.replace(/^title: .*\n/m, ''));
    const again = await publish(articleSlug(2));
    expect(again.code, again.output).toBe(0);
    expect(again.output).toMatch(/^Online: story-0003 published by the publisher in/m);
    expect(again.output).toMatch(
      /^content\/articles\/story-0003\/updates\/0041-update\.md:\d+: warning: body: the update has no headline and no text/m,
    );
  });

  it('publishes an update with a new photo through a new build, then goes on without one', async () => {
    const folder = join(site.contentDir, 'articles', articleSlug(2));
    await makePhoto(join(folder, 'crowd.jpg'), { width: 900, height: 600, colour: '#aa4422' });
    await writeFile(
      join(folder, 'updates', '0041-update.md'),
      '---\ntime: 2024-01-01T13:30:00+01:00\n---\n\n![A crowd gathers at the square](../crowd.jpg "Crowd | Photo: Bench Agency")\n',
    );
    const result = await publish(articleSlug(2));
    expect(result.code, result.output).toBe(0);
    expect(result.output).toMatch(
      /^Online: story-0003 published by the publisher with a new build \(its photos changed\)/m,
    );
    await expectSameAsFullBuild('dist-full-3');
    // The new build is kept: the next text update goes the fast way again.
    await addUpdate(site.contentDir, 2, 41, 6);
    const next = await publish(articleSlug(2));
    expect(next.output).toMatch(/^Online: story-0003 published by the publisher in/m);
    await expectSameAsFullBuild('dist-full-4');
  });

  it('builds again when npm run build replaced dist/ since it kept its build', async () => {
    await idle();
    const rebuilt = await site.build(env);
    expect(rebuilt.code, rebuilt.output).toBe(0);
    await addUpdate(site.contentDir, 1, 41, 8);
    const result = await publish(articleSlug(1));
    expect(result.code, result.output).toBe(0);
    expect(result.output).toContain(
      'published by the publisher with a new build (dist/ was rebuilt since the publisher built)',
    );
    await expectSameAsFullBuild('dist-full-5');
  });

  it("publishing one article never shows another's unpublished edits (issue 17)", async () => {
    await idle();
    const other = articleSlug(0);
    const index = join(site.contentDir, 'articles', other, 'index.md');
    await writeFile(
      index,
      (await readFile(index, 'utf8')).replace(/^title: .*$/m, 'title: Unpublished headline'),
    );
    await addUpdate(site.contentDir, 1, 42, 9);
    const result = await publish(articleSlug(1));
    expect(result.code, result.output).toBe(0);
    expect(result.output).toMatch(/^Online: story-0002 published by the publisher in/m);
    for (const file of ['index.html', 'rss.xml', 'feed.json', 'news-sitemap.xml']) {
      expect(await readFile(join(site.distDir, file), 'utf8'), file).not.toContain('Unpublished');
    }
    const own = await publish(other);
    expect(own.code, own.output).toBe(0);
    expect(await readFile(join(site.distDir, 'index.html'), 'utf8')).toContain('Unpublished headline');
    await expectSameAsFullBuild('dist-full-6');
  });
});

describe('npm run publisher without a built site', () => {
  it('says to build first and exits, changing nothing', async () => {
    const bare = await makeTempSite('publisher-bare', [join(projectRoot, 'content')]);
    try {
      await expect(startPublisher(bare.dir)).rejects.toThrow(
        /dist\/ has no built site yet: run "npm run build" once/,
      );
      expect(existsSync(bare.distDir)).toBe(false);
    } finally {
      await bare.cleanup();
    }
  });
});
