import { existsSync } from 'node:fs';
import { readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUpdate, articleSlug, writeCorpus } from '../../scripts/bench/corpus.ts';
import { askPublisher } from '../../scripts/publisher/connection.ts';
import { startPublisherProcess, type RunningPublisher } from '../../scripts/bench/publisher-runs.ts';
import { comparePublishedSite } from '../helpers/compare-dirs.ts';
import { makeTempSite, projectRoot, type TempSite } from '../helpers/temp-site.ts';
import { runNodeScript } from '../helpers/run-script.ts';

// The publisher renders again only the listing pages whose articles changed or moved
// (scripts/publisher/listing-pages.ts). With 45 live articles the front page has three
// pages and the topic "Harbour" two: publish, check which pages were left as they were,
// and compare the whole site with a full build from scratch.
const ARTICLES = 45;
const TAGGED = 21;

describe('npm run publisher, listing pages', () => {
  let site: TempSite;
  let publisher: RunningPublisher | undefined;
  const env = () => ({ CONTENT_DIR: '', OUT_DIR: '', ASTRO_CACHE_DIR: join(site.dir, '.cache') });

  /** `npm run publish`: what it printed of the listing pages. */
  const publish = async (slug: string) => {
    const result = await runNodeScript(site.dir, ['scripts/publish.ts', slug], env());
    expect(result.code, result.output).toBe(0);
    expect(result.output).toMatch(/^Online: .* published by the publisher in /m);
    const counts = /^Listing pages: (\d+) rendered again, (\d+) left as they were(?:, (\d+) removed)?/m.exec(
      result.output,
    );
    expect(counts, result.output).not.toBeNull();
    const [rendered = 0, unchanged = 0, removed = 0] = counts!.slice(1).map((n) => Number(n ?? 0));
    return { rendered, unchanged, removed };
  };
  /** The publisher's own report: which listing pages it rendered again. */
  const publishedListings = async (slug: string) => {
    const answer = await askPublisher(site.distDir, `/publish/${slug}`);
    expect(answer?.body.ok, JSON.stringify(answer?.body)).toBe(true);
    // After the first publish the sitemap is spliced from the live one (publisher/sitemaps.ts).
    expect(answer!.body.sitemap).toBe('spliced');
    return answer!.body.listings as { rendered: number; unchanged: number; removed: number; pages: string[] };
  };
  const expectSameAsFullBuild = async (name: string) => {
    const idle = await askPublisher(site.distDir, '/idle');
    expect(idle?.body).toEqual({ ok: true });
    const full = await site.build({ OUT_DIR: name, ASTRO_CACHE_DIR: join(site.dir, `.cache-${name}`) });
    expect(full.code, full.output).toBe(0);
    expect(await comparePublishedSite(site.distDir, join(site.dir, name))).toEqual([]);
    await rm(join(site.dir, name), { recursive: true });
  };
  const changedSince = async (file: string, since: number) =>
    (await stat(join(site.distDir, file))).mtimeMs > since;

  beforeAll(async () => {
    site = await makeTempSite('publisher-listings', [join(projectRoot, 'content')]);
    await writeCorpus(site.contentDir, { articles: ARTICLES, updates: 3, photos: 0, seed: 3 });
    for (let a = 0; a < TAGGED; a++) {
      const file = join(site.contentDir, 'articles', articleSlug(a), 'index.md');
      await writeFile(
        file,
        (await readFile(file, 'utf8')).replace('status: live\n', 'status: live\ntags: [Harbour]\n'),
      );
    }
    const first = await site.build(env());
    expect(first.code, first.output).toBe(0);
    expect(existsSync(join(site.distDir, '3/index.html'))).toBe(true);
    expect(existsSync(join(site.distDir, 'tags/harbour/2/index.html'))).toBe(true);
    publisher = await startPublisherProcess(site.dir, env());
  });

  afterAll(async () => {
    await publisher?.stop();
    await site?.cleanup();
  });

  it('renders again only the listing pages that show the article', async () => {
    // Live articles are listed most recently updated first: story-0040's new update keeps
    // it in its place, on the first front page; the second and third stay as they are.
    const before = Date.now();
    await addUpdate(site.contentDir, 39, 3, 11);
    const counts = await publish(articleSlug(39));
    expect(counts.rendered).toBeGreaterThan(0);
    expect(counts.unchanged).toBeGreaterThanOrEqual(3);
    expect(await changedSince('index.html', before)).toBe(true);
    expect(await changedSince('2/index.html', before)).toBe(false);
    expect(await changedSince('3/index.html', before)).toBe(false);
    expect(await changedSince('tags/harbour/index.html', before)).toBe(false);
    await expectSameAsFullBuild('dist-full-1');
  });

  it('renders every front page again when an article moves from the last to the first', async () => {
    // An update far later than any other: story-0001 leaves the third page for the first.
    const before = Date.now();
    await addUpdate(site.contentDir, 0, 2000, 12);
    const listings = await publishedListings(articleSlug(0));
    expect(listings.pages).toEqual(expect.arrayContaining(['/', '/2/', '/3/']));
    for (const page of ['index.html', '2/index.html', '3/index.html'])
      expect(await changedSince(page, before)).toBe(true);
    const front = await readFile(join(site.distDir, 'index.html'), 'utf8');
    expect(front).toContain(`/articles/${articleSlug(0)}/`);
    await expectSameAsFullBuild('dist-full-2');
  });

  it('removes a listing page its list no longer fills, as a full build has none', async () => {
    // 21 articles about the harbour fill two pages of 20; one fewer fills one.
    const before = Date.now();
    const file = join(site.contentDir, 'articles', articleSlug(4), 'index.md');
    await writeFile(file, (await readFile(file, 'utf8')).replace('tags: [Harbour]\n', ''));
    const listings = await publishedListings(articleSlug(4));
    expect(listings.removed).toBe(1);
    expect(existsSync(join(site.distDir, 'tags/harbour/2/index.html'))).toBe(false);
    expect(existsSync(join(site.distDir, 'tags/harbour/2'))).toBe(false);
    // The first front page shows the two articles published before, unchanged since:
    // not rendered again (their views are kept, src/data/articles.ts), and not written.
    expect(listings.pages).not.toContain('/');
    expect(listings.pages).toContain('/tags/harbour/');
    expect(await changedSince('index.html', before)).toBe(false);
    await expectSameAsFullBuild('dist-full-3');
  });
});
