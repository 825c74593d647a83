import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { KeptBuild, StaticPath } from '../../../scripts/publisher/kept-build.ts';
import {
  isListing,
  ListingPages,
  pageFile,
  recordListings,
  removeListings,
  sameProps,
} from '../../../scripts/publisher/listing-pages.ts';

const front = { type: 'page', component: 'src/pages/[...page].astro', route: '/[...page]' };
const path = (pathname: string, route = front) => ({ pathname, route }) as unknown as StaticPath;
const view = (slug: string) => ({ slug, title: `Title of ${slug}`, updates: [{ id: 'one' }] });

/** Props as Astro's paginate makes them: new objects on every call, the same views inside. */
const pageProps = (data: object[], currentPage = 1, extra: object = {}) => ({
  ...extra,
  page: {
    data: data.slice(),
    start: 0,
    end: data.length - 1,
    size: 20,
    total: data.length,
    currentPage,
    lastPage: 1,
    url: { current: '/' } as Record<string, string | undefined>,
  },
});

describe('sameProps', () => {
  const a = view('a');
  const b = view('b');

  it('takes new page objects listing the same views as the same', () => {
    expect(sameProps(pageProps([a, b]), pageProps([a, b]), 3)).toBe(true);
    expect(
      sameProps(pageProps([a], 1, { label: 'March 2024' }), pageProps([a], 1, { label: 'March 2024' }), 3),
    ).toBe(true);
  });

  it('tells apart a changed view, even one equal in every field, and a changed order or count', () => {
    expect(sameProps(pageProps([a, b]), pageProps([a, view('b')]), 3)).toBe(false);
    expect(sameProps(pageProps([a, b]), pageProps([b, a]), 3)).toBe(false);
    expect(sameProps(pageProps([a, b]), pageProps([a]), 3)).toBe(false);
    expect(sameProps(pageProps([a], 1), pageProps([a], 2), 3)).toBe(false);
    expect(sameProps(pageProps([a], 1, { label: 'March' }), pageProps([a], 1, { label: 'April' }), 3)).toBe(
      false,
    );
    expect(sameProps(pageProps([a], 1, { label: 'March' }), pageProps([a], 1), 3)).toBe(false);
  });

  it('compares pagination links and other values by value', () => {
    const linked = pageProps([a]);
    const next = pageProps([a]);
    next.page.url = { ...next.page.url, next: '/2/' };
    expect(sameProps(linked, next, 3)).toBe(false);
    expect(sameProps({ n: Number.NaN }, { n: Number.NaN }, 1)).toBe(true);
    expect(sameProps({ when: new Date(0) }, { when: new Date(0) }, 3)).toBe(false);
    expect(sameProps(undefined, undefined, 3)).toBe(true);
    expect(sameProps(undefined, {}, 3)).toBe(false);
  });
});

describe('ListingPages', () => {
  const a = view('a');

  it('knows a listing page only once recorded, until forgotten', () => {
    const shown = new ListingPages();
    const first = path('/');
    expect(shown.unchanged(first, pageProps([a]))).toBe(false);
    shown.record(first, pageProps([a]));
    expect(shown.unchanged(first, pageProps([a]))).toBe(true);
    expect(shown.unchanged(first, pageProps([view('a')]))).toBe(false);
    shown.forget([first]);
    expect(shown.unchanged(first, pageProps([a]))).toBe(false);
  });

  it('names the recorded pages no longer listed', () => {
    const shown = new ListingPages();
    for (const name of ['/', '/2', '/3']) shown.record(path(name), pageProps([a]));
    expect(shown.gone([path('/'), path('/2')])).toEqual(['/3']);
    shown.drop(['/3']);
    expect(shown.gone([path('/'), path('/2')])).toEqual([]);
  });

  it('takes only the listing routes', () => {
    expect(isListing(path('/tags/harbour/2'))).toBe(true);
    const article = {
      type: 'page',
      component: 'src/pages/articles/[slug]/index.astro',
      route: '/articles/[slug]',
    };
    expect(isListing(path('/articles/a', article))).toBe(false);
    expect(isListing(path('/rss.xml', { ...front, type: 'endpoint' }))).toBe(false);
    expect(pageFile('/')).toBe('index.html');
    expect(pageFile('/tags/harbour/2')).toBe('tags/harbour/2/index.html');
  });
});

describe('recording and removing listing pages in a site folder', () => {
  const a = view('a');
  let dir = '';
  afterEach(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  const write = async (root: string, file: string, text: string) => {
    await mkdir(join(root, file, '..'), { recursive: true });
    await writeFile(join(root, file), text);
  };

  it('records only the pages the live site holds byte for byte, and removes pages that went', async () => {
    dir = await mkdtemp(join(tmpdir(), 'listing-pages-'));
    const staging = join(dir, 'staging');
    const dist = join(dir, 'dist');
    const paths = [path('/'), path('/2'), path('/3')];
    const props = new Map(paths.map((p) => [p.pathname, pageProps([a])]));
    const kept = { props: (p: StaticPath) => props.get(p.pathname) } as unknown as KeptBuild;
    await write(staging, 'index.html', 'front');
    await write(dist, 'index.html', 'front');
    await write(staging, '2/index.html', 'page two');
    await write(dist, '2/index.html', 'page two, older');
    await write(dist, '3/index.html', 'page three');
    const shown = await recordListings(kept, paths, staging, dist);
    expect(shown.unchanged(paths[0]!, props.get('/'))).toBe(true);
    // dist/ is older than what the build read: rendered at the next publish.
    expect(shown.unchanged(paths[1]!, props.get('/2'))).toBe(false);
    // Not built: nothing known of it.
    expect(shown.unchanged(paths[2]!, props.get('/3'))).toBe(false);

    shown.record(paths[2]!, props.get('/3'));
    expect(await removeListings(dist, shown, paths.slice(0, 2))).toEqual(['3/index.html']);
    expect(existsSync(join(dist, '3'))).toBe(false);
    expect(existsSync(join(dist, 'index.html'))).toBe(true);
    expect(await removeListings(dist, shown, paths.slice(0, 2))).toEqual([]);
  });
});
