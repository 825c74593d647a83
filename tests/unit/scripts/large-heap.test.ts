import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { LARGE_HEAP } from '../../../scripts/large-heap.ts';

const scripts = (
  JSON.parse(readFileSync(join(import.meta.dirname, '../../../package.json'), 'utf8')) as {
    scripts: Record<string, string>;
  }
).scripts;

test('the commands that hold the whole archive run with the large heap, as the bench runs them', () => {
  for (const name of ['build', 'merge-shards', 'publish', 'publisher', 'desk']) {
    expect(scripts[name], name).toMatch(new RegExp(`^node ${LARGE_HEAP} scripts/`));
  }
});

test('the flag is one the pinned Node knows: it raises the heap limit above the default', async () => {
  const { execFileSync } = await import('node:child_process');
  const limit = (flags: string[]) =>
    Number(
      execFileSync(process.execPath, [...flags, '-p', "require('v8').getHeapStatistics().heap_size_limit"], {
        encoding: 'utf8',
      }),
    );
  const { totalmem } = await import('node:os');
  // Half the memory, and more than the default wherever the machine has over 8 GB.
  expect(limit([LARGE_HEAP])).toBeGreaterThan(totalmem() * 0.45);
  if (totalmem() > 10 * 2 ** 30) expect(limit([LARGE_HEAP])).toBeGreaterThan(limit([]));
});
