import { existsSync } from 'node:fs';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectUpdateRecords } from '../../scripts/search-pages.ts';
import { listFiles } from '../../scripts/site-files.ts';
import { referenceUpdateRecords } from '../helpers/search-records-reference.ts';
import { addUpdate, articleSlug, writeCorpus } from '../../scripts/bench/corpus.ts';
import { earlyRendered } from '../helpers/build-log.ts';
import { comparePublishedSite } from '../helpers/compare-dirs.ts';
import type { TempSite } from '../helpers/temp-site.ts';
import { buildPublishSite } from '../helpers/publish-site.ts';
import { runNodeScript } from '../helpers/run-script.ts';

// The fast path must publish exactly what a full build would: publish one new
// update, then rebuild everything elsewhere and compare dist/ file by file.
describe('npm run publish', () => {
  let site: TempSite;
  let env: Record<string, string>;

  beforeAll(async () => {
    const built = await buildPublishSite('publish');
    ({ site, env } = built);
    expect(built.first.code, built.first.output).toBe(0);
    // Bodies rendered in worker threads (a clean build) and on the main thread (the publish) agree.
    expect(earlyRendered(built.first.output)).toBeGreaterThan(100);
  });

  afterAll(() => site?.cleanup());

  it('merges the same files a full rebuild writes', async () => {
    const slug = articleSlug(1);
    await addUpdate(site.contentDir, 1, 39, 99);
    // A new article nobody published yet: the front page links to it, so its pages are built too.
    await writeCorpus(site.contentDir, { articles: 4, updates: 39, photos: 1, seed: 7 });
    // Stray variables Astro would read as the base and site (some CI systems set them): ignored.
    const publish = await runNodeScript(site.dir, ['scripts/publish.ts', slug], {
      ...env,
      BASE_URL: '/stray/',
      SITE: 'https://stray.example',
    });
    expect(publish.code, publish.output).toBe(0);
    expect(publish.output).toMatch(/^Online: story-0002 published in [\d.]+ s/m);
    expect(publish.output).toMatch(/^Search index updated in [\d.]+ s/m);
    // Only the published article and the one the site had no page for: no other article's pages.
    expect(publish.output).toContain(`Article pages built: ${slug}, ${articleSlug(3)}.`);
    const page = await readFile(join(site.distDir, 'articles', slug, 'index.html'), 'utf8');
    expect(page).toContain('id="update-0040-update"');
    expect(existsSync(join(site.distDir, 'articles', slug, 'older/1/index.html'))).toBe(true);
    expect(existsSync(join(site.distDir, 'articles', articleSlug(3), 'index.html'))).toBe(true);

    // From scratch (fresh cache): a cold build also writes each photo's original file, which
    // warm builds do not (Astro), so a cold dist/ is compared with a cold rebuild.
    // With a publish's variables left in the shell: a full build ignores them.
    const full = await site.build({
      OUT_DIR: 'dist-full',
      ASTRO_CACHE_DIR: join(site.dir, '.cache-full'),
      PUBLISH_ARTICLE: slug,
      PUBLISH_DIST: site.distDir,
    });
    expect(full.code, full.output).toBe(0);
    expect(earlyRendered(full.output)).toBeGreaterThan(100);
    expect(await comparePublishedSite(site.distDir, join(site.dir, 'dist-full'))).toEqual([]);
    // The search records, read from the page text, are the ones a full HTML parse finds.
    const dist = join(site.dir, 'dist-full');
    const paths = (await listFiles(dist)).filter((p) => p.endsWith('.html')).sort();
    const pages = await Promise.all(
      paths.map(async (path) => ({ path, html: await readFile(join(dist, path), 'utf8') })),
    );
    const records = await collectUpdateRecords(dist);
    expect(records.length).toBeGreaterThan(150);
    expect(records).toEqual(referenceUpdateRecords(pages));
  });

  it('refuses to publish into a site whose sitemap is missing, leaving dist/ alone', async () => {
    const sitemap = join(site.distDir, 'sitemap-0.xml');
    const saved = await readFile(sitemap);
    const front = await readFile(join(site.distDir, 'index.html'));
    await rm(sitemap);
    try {
      await addUpdate(site.contentDir, 2, 39, 5);
      const result = await runNodeScript(site.dir, ['scripts/publish.ts', articleSlug(2)], env);
      expect(result.code).toBe(1);
      expect(result.output).toContain('has no sitemap-<n>.xml');
      expect(result.output).toContain('Publishing failed');
      expect(await readFile(join(site.distDir, 'index.html'))).toEqual(front);
      expect(existsSync(join(site.distDir, 'articles', articleSlug(2), 'updates/update-0040-update'))).toBe(
        false,
      );
    } finally {
      await writeFile(sitemap, saved);
    }
  });

  it("publishing one article never shows another's unpublished update (issue 17)", async () => {
    // The previous test left story-0003's update 40 saved but unpublished: publish story-0002.
    const other = articleSlug(2);
    const cardOf = async (slug: string) => {
      const html = await readFile(join(site.distDir, 'index.html'), 'utf8');
      return html.match(
        new RegExp(`<article class="card">(?:(?!</article>).)*?articles/${slug}/"[\\s\\S]*?</article>`, 's'),
      )?.[0];
    };
    const lastmodOf = async (slug: string) => {
      const xml = await readFile(join(site.distDir, 'sitemap-0.xml'), 'utf8');
      return xml.match(new RegExp(`<loc>[^<]*/articles/${slug}/</loc>[\\s\\S]*?</url>`))?.[0];
    };
    const [card, lastmod] = [await cardOf(other), await lastmodOf(other)];
    expect(card).toContain('Last updated');
    expect(lastmod).toContain('<lastmod>');
    // Its headline and an update it already shows are edited too, and not published either.
    const index = join(site.contentDir, 'articles', other, 'index.md');
    await writeFile(
      index,
      (await readFile(index, 'utf8')).replace(/^title: .*$/m, 'title: Unpublished headline'),
    );
    const edited = join(site.contentDir, 'articles', other, 'updates', '0039-update.md');
    await writeFile(edited, `${await readFile(edited, 'utf8')}\nUnpublished sentence.\n`);
    await addUpdate(site.contentDir, 1, 40, 11);
    const result = await runNodeScript(site.dir, ['scripts/publish.ts', articleSlug(1)], env);
    expect(result.code, result.output).toBe(0);
    expect(await cardOf(articleSlug(1))).not.toEqual(card);
    expect(await cardOf(other)).toEqual(card);
    expect(await lastmodOf(other)).toEqual(lastmod);
    expect(existsSync(join(site.distDir, 'articles', other, 'updates/update-0040-update'))).toBe(false);
    const feed = await readFile(join(site.distDir, 'rss.xml'), 'utf8');
    expect(feed).not.toContain(`articles/${other}/updates/update-0040-update`);
    for (const file of ['rss.xml', 'feed.json', 'index.html', 'news-sitemap.xml']) {
      const text = await readFile(join(site.distDir, file), 'utf8');
      expect(text, file).not.toContain('Unpublished');
    }
    // Its own publish puts all of it online.
    const own = await runNodeScript(site.dir, ['scripts/publish.ts', other], env);
    expect(own.code, own.output).toBe(0);
    expect(await cardOf(other)).toContain('Unpublished headline');
    expect(await readFile(join(site.distDir, 'feed.json'), 'utf8')).toContain('Unpublished headline');
    const page = await readFile(join(site.distDir, 'articles', other, 'index.html'), 'utf8');
    expect(page).toContain('Unpublished sentence.');
  });

  it('refuses an article that does not exist, leaving dist/ alone', async () => {
    const result = await runNodeScript(site.dir, ['scripts/publish.ts', 'no-such-story'], env);
    expect(result.code).toBe(1);
    expect(result.output).toContain('There is no article "no-such-story"');
  });
});
