import { describe, expect, test } from 'vitest';
import { groupByMonth, monthLabel } from '../../../src/model/archive.ts';

const a = (slug: string, day: string) => ({ slug, published: { day } });

describe('groupByMonth', () => {
  test('newest month first, articles keep their order', () => {
    const groups = groupByMonth([a('x', '2024-03-30'), a('y', '2024-04-02'), a('z', '2024-03-01')], 'en-GB');
    expect(groups.map((g) => [g.year, g.month, g.label, g.articles.map((x) => x.slug)])).toEqual([
      ['2024', '04', 'April 2024', ['y']],
      ['2024', '03', 'March 2024', ['x', 'z']],
    ]);
  });
  test('nothing published: no months', () => expect(groupByMonth([], 'en-GB')).toEqual([]));
});

test.each([
  ['2024', '03', 'en-GB', 'March 2024'],
  ['2023', '12', 'en-GB', 'December 2023'],
  ['2024', '01', 'fr-BE', 'janvier 2024'],
])('monthLabel(%s, %s, %s) = %s', (year, month, locale, label) => {
  expect(monthLabel(year, month, locale)).toBe(label);
});
