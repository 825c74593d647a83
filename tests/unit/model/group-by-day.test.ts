import { describe, expect, it } from 'vitest';
import { groupByDay } from '../../../src/model/group-by-day.ts';

const u = (name: string, day: string) => ({ name, time: { day } });

describe('groupByDay', () => {
  it.each([
    ['no updates', [], []],
    ['one day', [u('a', '2024-03-31'), u('b', '2024-03-31')], [['2024-03-31', ['a', 'b']]]],
    [
      'newest first across midnight',
      [u('c', '2024-04-01'), u('b', '2024-03-31'), u('a', '2024-03-31')],
      [
        ['2024-04-01', ['c']],
        ['2024-03-31', ['b', 'a']],
      ],
    ],
    [
      'oldest first across two midnights',
      [u('a', '2024-03-30'), u('b', '2024-03-31'), u('c', '2024-04-01'), u('d', '2024-04-01')],
      [
        ['2024-03-30', ['a']],
        ['2024-03-31', ['b']],
        ['2024-04-01', ['c', 'd']],
      ],
    ],
  ])('%s', (_name, updates, expected) => {
    expect(groupByDay(updates).map((g) => [g.day, g.updates.map((x) => x.name)])).toEqual(expected);
  });
});
