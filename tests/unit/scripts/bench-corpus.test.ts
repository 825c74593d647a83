import { expect, test } from 'vitest';
import { updateTime } from '../../../scripts/bench/corpus.ts';

test('the bench corpus keeps its times for 5,000 articles, and lies in the past at 10,000 and 100,000', () => {
  // The same as before large corpora were possible: 3 hours between articles, 5 minutes between updates.
  expect(updateTime(0, 0)).toBe('2024-01-01T07:05:00+01:00');
  expect(updateTime(4_999, 39)).toBe(
    new Date(Date.UTC(2024, 0, 1, 7) + 4_999 * 3 * 3_600_000 + 40 * 300_000)
      .toISOString()
      .slice(0, 19)
      .concat('+01:00'),
  );
  // A build fails on times in the future; this corpus must build on the day it was written and after.
  for (const articles of [10_000, 100_000]) {
    expect(Date.parse(updateTime(articles - 1, 39))).toBeLessThan(Date.parse('2026-12-01T00:00:00Z'));
  }
});
