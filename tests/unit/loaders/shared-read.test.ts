import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { writeCorpus } from '../../../scripts/bench/corpus.ts';
import type { EarlyRenders } from '../../../src/loaders/render-pool.ts';
import { contentReadReleased } from '../../../src/integrations/content-read.ts';
import { readShared, renderEarly } from '../../../src/loaders/shared-read.ts';

let root: string;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'live-news-shared-read-'));
  await writeCorpus(join(root, 'content'), { articles: 3, updates: 5, photos: 0, seed: 5 });
});
afterAll(() => rm(root, { recursive: true, force: true }));

/** Stands in for EarlyRenders: records what it is given. */
function recorder() {
  const added: string[] = [];
  let finished = false;
  const early = {
    add: (path: string) => added.push(path.slice(root.length)),
    finish: () => (finished = true),
  } as unknown as EarlyRenders;
  return { early, added, finished: () => finished };
}

it('early renders get only the kinds whose store is empty, files read before they asked included', async () => {
  const read = readShared(root, join(root, 'content'), Date.parse('2030-01-01T00:00:00Z'));
  const { early, added, finished } = recorder();
  // The updates store is empty (a site whose updates were never built); the articles one is not.
  renderEarly(read, 'update', () => early);
  const tree = await read.tree;
  expect(tree.problems).toEqual([]);
  expect(added).toHaveLength(15);
  expect(added.every((path) => path.includes('/updates/'))).toBe(true);
  expect(finished()).toBe(true);
  // Asking once the tree is read does nothing.
  renderEarly(read, 'article', () => {
    throw new Error('not asked');
  });
  expect(added).toHaveLength(15);
});

it('lets go of the read once a build starts, so the tree is not kept for the rest of the build', async () => {
  const now = Date.parse('2030-01-01T00:00:00Z');
  const read = readShared(root, join(root, 'content'), now);
  await read.tree;
  // Within one sync, every loader gets the same read.
  expect(readShared(root, join(root, 'content'), now)).toBe(read);
  const hooks = contentReadReleased().hooks;
  expect(Object.keys(hooks)).toEqual(['astro:build:start']);
  await (hooks['astro:build:start'] as () => Promise<void> | void)();
  // The next sync (another build in the same process) reads the content again.
  const next = readShared(root, join(root, 'content'), now);
  expect(next).not.toBe(read);
  expect((await next.tree).updates).toHaveLength(15);
});
