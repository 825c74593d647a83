import { expect, test } from 'vitest';
import { mapInBatches } from '../../../src/model/in-batches.ts';

test('runs at most `size` at a time and returns results in order', async () => {
  let running = 0;
  let most = 0;
  const results = await mapInBatches([5, 1, 4, 2, 3, 0, 6], 3, async (delay, index) => {
    running++;
    most = Math.max(most, running);
    await new Promise((resolve) => setTimeout(resolve, delay));
    running--;
    return `${index}:${delay}`;
  });
  expect(results).toEqual(['0:5', '1:1', '2:4', '3:2', '4:3', '5:0', '6:6']);
  expect(most).toBe(3);
});

test('an empty list gives an empty result', async () => {
  expect(await mapInBatches([], 4, () => Promise.reject(new Error('not called')))).toEqual([]);
});
