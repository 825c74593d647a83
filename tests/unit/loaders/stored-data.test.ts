import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { parseFrontMatter } from '../../../src/loaders/front-matter.ts';
import { storedData } from '../../../src/loaders/content-loader.ts';

// V8's collector, called from a test: the flag turns it on, a new context hands it over.
setFlagsFromString('--expose-gc');
const collect = runInNewContext('gc') as () => void;

const FILES = 40;
const BODY_CHARACTERS = 500_000;

/** Heap bytes still used after parsing FILES large files and keeping `keep` of each. */
function heapKept(keep: (data: Record<string, unknown>) => unknown): number {
  collect();
  const before = process.memoryUsage().heapUsed;
  const kept: unknown[] = [];
  for (let i = 0; i < FILES; i++) {
    // A new string each time (not one constant the engine keeps anyway), read as the loaders read it.
    const body = `Report ${i}. `.padEnd(BODY_CHARACTERS, 'x');
    const text = `---\ntime: 2026-01-0${(i % 9) + 1}T10:00:00+01:00\ntitle: Headline number ${i}\n---\n${body}\n`;
    const front = parseFrontMatter(text);
    if (!front.ok) throw new Error(front.message);
    kept.push(keep(front.value.data));
  }
  collect();
  const after = process.memoryUsage().heapUsed;
  expect(kept).toHaveLength(FILES);
  return after - before;
}

describe('storedData', () => {
  it('is the front matter, field for field', () => {
    const front = parseFrontMatter(
      '---\ntime: 2026-01-01T10:00:00+01:00\ntitle: A\ntags: [x, y]\n---\nBody\n',
    );
    if (!front.ok) throw new Error(front.message);
    const data = storedData({ data: front.value.data });
    expect(data).toEqual({ time: '2026-01-01T10:00:00+01:00', title: 'A', tags: ['x', 'y'] });
    expect(data).not.toBe(front.value.data);
  });

  it('keeps none of the file text the fields were read from', () => {
    const texts = FILES * BODY_CHARACTERS;
    // The parser's own strings are slices of the text: keeping them keeps every file (the
    // check that the measure sees what it is for).
    expect(heapKept((data) => data)).toBeGreaterThan(texts / 2);
    // The stored copy keeps only its few characters.
    expect(heapKept((data) => storedData({ data }))).toBeLessThan(texts / 20);
  });
});
