import { spawnSync } from 'node:child_process';
import { chmod, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, expect, test } from 'vitest';

const searchIndex = pathToFileURL(resolve(import.meta.dirname, '../../../scripts/search-index.ts')).href;
const stopped = pathToFileURL(resolve(import.meta.dirname, '../../../scripts/pagefind-stopped.ts')).href;

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'live-news-pagefind-stopped-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Runs `code` as a module in its own Node process (its event loop must be able to empty). */
async function runScript(code: string, env: Record<string, string> = {}) {
  const file = join(dir, 'script.ts');
  await writeFile(file, code);
  return spawnSync(process.execPath, [file], {
    encoding: 'utf8',
    env: { ...process.env, ...env },
    timeout: 60_000,
  });
}

test.each([
  ['a one-shot command (build, publish): not exit 13', false],
  ['a long-lived process whose event loop never empties (the publisher): no wait for ever', true],
])(
  'a Pagefind process killed before it answers fails the index with a clear error, in %s',
  async (_, longLived) => {
    const site = join(dir, 'site');
    await mkdir(join(site, 'articles/a'), { recursive: true });
    await writeFile(
      join(site, 'articles/a/index.html'),
      '<!doctype html><html lang="en"><body><article data-pagefind-body><h1>A</h1><p>Text.</p></article></body></html>',
    );
    // Stands in for pagefind_extended stopped by the out-of-memory killer: it reads the
    // first request, then dies by SIGKILL without a word.
    const fake = join(dir, 'pagefind-killed');
    await writeFile(fake, '#!/bin/sh\nhead -c 1 > /dev/null\nkill -9 $$\n');
    await chmod(fake, 0o755);
    const result = await runScript(
      `import { buildSearchIndex } from ${JSON.stringify(searchIndex)};
${longLived ? 'const alive = setInterval(() => {}, 1000);' : ''}
try {
  await buildSearchIndex(${JSON.stringify(site)}, 'en', { into: ${JSON.stringify(join(dir, 'bundle'))} });
  console.log('indexed');
} catch (error) {
  console.error(error.name + ': ' + error.message);
  process.exit(3);
}
${longLived ? 'clearInterval(alive);' : ''}`,
      { PAGEFIND_EXTENDED_BINARY_PATH: fake },
    );
    expect(result.stderr).toContain(
      "SearchIndexError: Search index: Pagefind's process stopped before it finished",
    );
    expect(result.stderr).toContain('dmesg');
    expect(result.status).toBe(3);
  },
);

test('work that can no longer settle is rejected when the event loop empties; settled work passes', async () => {
  const result = await runScript(
    `import { unlessPagefindStops } from ${JSON.stringify(stopped)};
console.log(await unlessPagefindStops(async () => 'answered', () => new Error('not this')));
try {
  await unlessPagefindStops(() => new Promise(() => {}), () => new Error('stopped'));
} catch (error) {
  console.log('rejected: ' + error.message);
}
console.log('listeners left: ' + process.listenerCount('beforeExit'));`,
  );
  expect(result.stdout).toBe('answered\nrejected: stopped\nlisteners left: 0\n');
  expect(result.status).toBe(0);
});
