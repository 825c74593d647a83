import { expect, test } from 'vitest';
import { recentResult } from '../../../src/images/recent-results.ts';

test('a result is made once while it is among the last ones used', async () => {
  const results = new Map<string, Promise<string>>();
  let made = 0;
  const make = (value: string) => () => Promise.resolve(`${value}:${++made}`);
  expect(await recentResult(results, 'a', 2, make('a'))).toBe('a:1');
  expect(await recentResult(results, 'b', 2, make('b'))).toBe('b:2');
  // Used again: kept, and now the most recent.
  expect(await recentResult(results, 'a', 2, make('a'))).toBe('a:1');
  // A third key: the least recently used (b) goes.
  expect(await recentResult(results, 'c', 2, make('c'))).toBe('c:3');
  expect([...results.keys()]).toEqual(['a', 'c']);
  expect(await recentResult(results, 'b', 2, make('b'))).toBe('b:4');
});

test('a result that fails is not kept: the next caller makes it again', async () => {
  const results = new Map<string, Promise<string>>();
  await expect(recentResult(results, 'a', 2, () => Promise.reject(new Error('no font')))).rejects.toThrow(
    'no font',
  );
  expect(results.has('a')).toBe(false);
  expect(await recentResult(results, 'a', 2, () => Promise.resolve('set'))).toBe('set');
});
