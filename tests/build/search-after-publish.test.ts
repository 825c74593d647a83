import { chromium, type Browser } from '@playwright/test';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUpdate, articleSlug, writeCorpus } from '../../scripts/bench/corpus.ts';
import { CHROMIUM_ARGS, chromiumPath } from '../helpers/chromium.ts';
import { runNodeScript } from '../helpers/run-script.ts';
import { startStaticServer, type StaticServer } from '../helpers/static-server.ts';
import { makeTempSite, projectRoot, type TempSite } from '../helpers/temp-site.ts';

// After a publish the search page merges the last full build's index with the index of
// the articles published since (scripts/search-recent.ts). It must find what a full build
// of the same content finds: a changed, a retracted and a deleted update as they now are.
// So must a main index in parts (scripts/search-index.ts), alone and with a recent index.
const slug = articleSlug(1);
const updateFile = (n: number) => `${String(n).padStart(4, '0')}-update.md`;
const permalink = (n: number, article = slug) => `/articles/${article}/#update-${updateFile(n).slice(0, -3)}`;

/** Replaces the text of update `n` (1-based) of `article`, keeping its front matter. */
async function setText(site: TempSite, article: string, n: number, text: string) {
  const path = join(site.contentDir, 'articles', article, 'updates', updateFile(n));
  const source = await readFile(path, 'utf8');
  const end = source.indexOf('\n---\n', 4) + '\n---\n'.length;
  await writeFile(path, `${source.slice(0, end)}\n${text}\n`);
}

interface Found {
  status: string;
  links: string[];
}

/** What the search page of the site at `url` shows for `query`: its status line and result links. */
async function search(browser: Browser, url: string, query: string): Promise<Found> {
  const page = await browser.newPage();
  try {
    await page.goto(`${url}search/?q=${encodeURIComponent(query)}`);
    const status = page.locator('[data-search-status]');
    await status.filter({ hasText: /results? for|No results/ }).waitFor();
    const links = await page
      .locator('.search-results h2 a')
      .evaluateAll((as) =>
        as.map(
          (a) =>
            new URL((a as HTMLAnchorElement).href).pathname + new URL((a as HTMLAnchorElement).href).hash,
        ),
      );
    return { status: (await status.textContent()) ?? '', links: links.sort() };
  } finally {
    await page.close();
  }
}

describe('search after a publish', () => {
  let site: TempSite;
  let browser: Browser;
  const servers: StaticServer[] = [];

  beforeAll(async () => {
    site = await makeTempSite('search-publish', [join(projectRoot, 'content')]);
    await writeCorpus(site.contentDir, { articles: 3, updates: 6, photos: 0, seed: 5 });
    await setText(site, slug, 1, 'Quarrymen reported the zephyrine signal at dawn.');
    await setText(site, slug, 2, 'Wardens found the vexillary banner near the bridge.');
    await setText(site, slug, 3, 'Pilots saw the quokkaline lights over the bay.');
    await setText(site, articleSlug(0), 1, 'Fishermen heard the zephyrine horn twice.');
    // The published site's main index comes in parts (3 parts of 4 articles, as an archive
    // past SEARCH_PART_RECORDS would have); the full builds compared with it in one, and in parts.
    const first = await site.build({ SEARCH_PART_RECORDS: '7' });
    expect(first.code, first.output).toBe(0);
    expect(first.output).toMatch(/^Search index: 4 pages, 19 live updates in 3 parts \(/m);
    browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  });

  afterAll(async () => {
    await browser?.close();
    for (const server of servers) await server.close();
    await site?.cleanup();
  });

  it('finds what a full build finds: changed, retracted and deleted updates as they now are', async () => {
    await setText(site, slug, 1, 'Quarrymen reported the marmoreal signal at dawn.');
    const retract = await runNodeScript(site.dir, [
      'scripts/edit.ts',
      'retract',
      slug,
      updateFile(2).slice(0, -3),
      '--reason',
      'Legal advice.',
    ]);
    expect(retract.code, retract.output).toBe(0);
    await rm(join(site.contentDir, 'articles', slug, 'updates', updateFile(3)));
    await addUpdate(site.contentDir, 1, 6, 3);
    await setText(site, slug, 7, 'Divers logged the quokkaline current offshore.');
    const publish = await runNodeScript(site.dir, ['scripts/publish.ts', slug]);
    expect(publish.code, publish.output).toBe(0);
    expect(publish.output).toMatch(/^Search index updated in [\d.]+ s \(1 articles published since/m);
    const recent = JSON.parse(await readFile(join(site.distDir, 'pagefind/recent.json'), 'utf8'));
    expect(recent).toEqual({ articles: [slug] });

    const full = await site.build({ OUT_DIR: 'dist-full' });
    expect(full.code, full.output).toBe(0);
    expect(JSON.parse(await readFile(join(site.dir, 'dist-full/pagefind/parts.json'), 'utf8'))).toEqual({
      parts: [],
    });
    const inParts = await site.build({ OUT_DIR: 'dist-parts', SEARCH_PART_RECORDS: '7' });
    expect(inParts.code, inParts.output).toBe(0);
    expect(JSON.parse(await readFile(join(site.dir, 'dist-parts/pagefind/parts.json'), 'utf8'))).toEqual({
      parts: ['part-2/', 'part-3/'],
    });
    // A full build folds the recent changes into the main index.
    const folded = JSON.parse(await readFile(join(site.dir, 'dist-full/pagefind/recent.json'), 'utf8'));
    expect(folded).toEqual({ articles: [] });

    const published = await startStaticServer(site.distDir);
    const rebuilt = await startStaticServer(join(site.dir, 'dist-full'));
    const parted = await startStaticServer(join(site.dir, 'dist-parts'));
    servers.push(published, rebuilt, parted);
    const queries = ['zephyrine', 'marmoreal', 'vexillary', 'quokkaline', 'signal at dawn', 'the', 'police'];
    for (const query of queries) {
      const expected = await search(browser, rebuilt.url, query);
      for (const found of [
        await search(browser, published.url, query),
        await search(browser, parted.url, query),
      ]) {
        expect(found.status, query).toBe(expected.status);
        // Past 20 results the page shows the best 20, which two indexes may rank differently.
        if (!/showing the first/.test(expected.status)) expect(found.links, query).toEqual(expected.links);
      }
    }
    const found = async (query: string) => (await search(browser, published.url, query)).links;
    expect(await found('zephyrine')).toEqual([permalink(1, articleSlug(0))]);
    expect(await found('marmoreal')).toEqual([permalink(1)]);
    expect(await found('vexillary')).toEqual([]);
    expect(await found('quokkaline')).toEqual([permalink(7)]);
  });
});
