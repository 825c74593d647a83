import type { AstroPrerenderer } from 'astro';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { searchDuringBuild } from '../../../scripts/search-during-build.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'live-news-search-build-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
  await rm(`${dir}-search`, { recursive: true, force: true });
});

/** Runs the integration's hooks as Astro would around a prerenderer that only tears down. */
function runHooks(search: ReturnType<typeof searchDuringBuild>) {
  const calls: string[] = [];
  let wrap: ((standard: AstroPrerenderer) => AstroPrerenderer) | undefined;
  const hooks = search.integration.hooks as Record<string, (options: unknown) => unknown>;
  hooks['astro:build:start']!({
    logger: console,
    setPrerenderer: (p: (standard: AstroPrerenderer) => AstroPrerenderer) => (wrap = p),
  });
  const standard: AstroPrerenderer = {
    name: 'astro:default',
    getStaticPaths: async () => [],
    render: async () => new Response(''),
    teardown: async () => void calls.push('teardown'),
  };
  const prerenderer = wrap!(standard);
  return { calls, prerenderer, done: () => hooks['astro:build:done']!({}) };
}

it('indexes the pages once Astro has written them, and hands the bundle over', async () => {
  await mkdir(join(dir, 'articles/a'), { recursive: true });
  await writeFile(
    join(dir, 'articles/a/index.html'),
    '<html lang="en"><body><article data-pagefind-body><h1>A</h1><p>Text.</p></article></body></html>',
  );
  const search = searchDuringBuild(dir, join(dir, '..', `${basename(dir)}-search`), 'en');
  const { calls, prerenderer, done } = runHooks(search);
  await expect(search.index()).rejects.toThrow(/rendered no page/);
  await prerenderer.teardown!();
  expect(calls).toEqual(['teardown']);
  await done();
  const bundle = await search.index();
  expect(bundle.pages).toBe(1);
  // Pagefind wrote its bundle outside the folder Astro writes to.
  expect(bundle.files).toContain('pagefind-entry.json');
  expect(existsSync(join(`${dir}-search`, 'pagefind-entry.json'))).toBe(true);
  expect(existsSync(join(dir, 'pagefind'))).toBe(false);
});

it('fails the build when the index fails', async () => {
  const search = searchDuringBuild(dir, join(dir, '..', `${basename(dir)}-search`), 'en');
  const { prerenderer, done } = runHooks(search);
  await prerenderer.teardown!();
  await expect(done()).rejects.toThrow(/no page has data-pagefind-body/);
  await expect(search.index()).rejects.toThrow(/no page has data-pagefind-body/);
});
