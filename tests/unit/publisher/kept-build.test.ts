import { describe, expect, it } from 'vitest';
import { pathToFileURL } from 'node:url';
import type { AstroConfig, AstroPrerenderer, AstroPrerendererFactory, StaticPathsResult } from 'astro';
import { rememberListings } from '../../../src/data/listing-props.ts';
import {
  keepBuild,
  KeptBuildUnusable,
  outputFile,
  requestPath,
  type StaticPath,
} from '../../../scripts/publisher/kept-build.ts';

const config = { base: '/', site: 'https://news.example.org', build: { format: 'directory' } };
const page = (pathname: string, type = 'page') => ({ pathname, route: { type } }) as unknown as StaticPath;
const listed = (current: string, label: string) => ({
  params: {},
  props: { label, page: { url: { current } } },
});

/** Runs the integration's hooks as a build does, around a stand-in for Astro's default prerenderer. */
function keepAround(standard: Partial<AstroPrerenderer>, done: object = config) {
  const keep = keepBuild('/nowhere/kept-copy');
  const hooks = keep.integration.hooks as Record<string, (input: object) => void>;
  hooks['astro:config:done']!({ config: done as AstroConfig });
  let factory: AstroPrerendererFactory | undefined;
  hooks['astro:build:start']!({ setPrerenderer: (f: AstroPrerendererFactory) => (factory = f) });
  const prerender = pathToFileURL('/tmp/site/.prerender/');
  factory!({ name: 'astro:default', ...standard } as AstroPrerenderer, {
    outputDirectories: { client: prerender, server: prerender, prerender },
  });
  return keep.kept();
}

describe('the kept build: paths, props and files on public APIs', () => {
  it('requests and writes each path where the build does (build.format "directory")', () => {
    expect(requestPath('/', 'page', '/')).toBe('/');
    expect(requestPath('/tags/harbour/2', 'page', '/news/')).toBe('/news/tags/harbour/2/');
    expect(requestPath('/rss.xml', 'endpoint', '/')).toBe('/rss.xml');
    expect(requestPath('/articles/a/og.png', 'endpoint', '/news/')).toBe('/news/articles/a/og.png');
    expect(outputFile('/', 'page')).toBe('index.html');
    expect(outputFile('/archive/2024/03/', 'page')).toBe('archive/2024/03/index.html');
    expect(outputFile('/404', 'page')).toBe('404.html');
    expect(outputFile('/articles/a/feed.json', 'endpoint')).toBe('articles/a/feed.json');
  });

  it('lists paths again, gives the listing props the pages left, and renders with the photos shown', async () => {
    const requests: string[] = [];
    let label = 'first';
    const kept = keepAround({
      getStaticPaths: async (): Promise<StaticPathsResult> => {
        rememberListings([listed('/', label), listed('/2/', label)]);
        return { paths: [page('/'), page('/2/')] };
      },
      render: async (request: Request) => {
        requests.push(request.url);
        const staticImages = [{ finalPath: '/_astro/photo.hash.webp' }];
        return { response: new Response('<p>page</p>'), metadata: { contentEntryKeys: [], staticImages } };
      },
    } as unknown as Partial<AstroPrerenderer>);
    expect((await kept.paths()).map((p) => p.pathname)).toEqual(['/', '/2/']);
    expect(kept.props(page('/2/'))).toEqual(listed('/2/', 'first').props);
    label = 'second';
    await kept.paths();
    expect(kept.props(page('/'))).toEqual(listed('/', 'second').props);
    const out = await kept.render(page('/2/'));
    expect(requests).toEqual(['https://news.example.org/2/']);
    expect(out).toEqual({
      file: '2/index.html',
      body: Buffer.from('<p>page</p>'),
      images: ['/_astro/photo.hash.webp'],
    });
  });

  it('is unusable, never wrong, where Astro does not do what it relies on', async () => {
    // getStaticPaths answered from a cache: the pages did not list themselves again.
    const cached = keepAround({ getStaticPaths: async () => ({ paths: [page('/')] }) });
    await expect(cached.paths()).rejects.toThrow(KeptBuildUnusable);
    // A render without image metadata: photos could not be checked against dist/.
    const bare = keepAround({ render: async () => new Response('<p>page</p>') });
    await expect(bare.render(page('/'))).rejects.toThrow(/did not say which photos/);
    // Other output formats name files differently.
    const files = { ...config, build: { format: 'file' } };
    expect(() => keepAround({}, files)).toThrow(KeptBuildUnusable);
    // No build ran.
    expect(() => keepBuild('/nowhere').kept()).toThrow(/rendered no page/);
  });
});
