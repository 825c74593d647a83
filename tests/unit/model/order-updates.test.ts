import { describe, expect, it } from 'vitest';
import { formatNewsTime } from '../../../src/model/format-time.ts';
import { toNewsTime } from '../../../src/model/news-time.ts';
import { orderUpdates } from '../../../src/model/order-updates.ts';

/** An update as ordering sees it, timed as an editor would write it, shown in Brussels. */
const update = (fileName: string, time: string) => ({
  fileName,
  time: formatNewsTime(toNewsTime(time), 'Europe/Brussels', 'en-GB'),
});
const names = (list: readonly { fileName: string }[]) => list.map((u) => u.fileName);

describe('orderUpdates', () => {
  it.each([
    {
      name: 'by time, whatever the file names say',
      updates: [
        update('c.md', '2024-03-24T10:00:00+01:00'),
        update('a.md', '2024-03-24T12:00:00+01:00'),
        update('b.md', '2024-03-24T11:00:00+01:00'),
      ],
      newest: ['a.md', 'b.md', 'c.md'],
    },
    {
      name: 'by instant, not by the clock text, when offsets differ',
      updates: [
        // 10:30 in New York is 15:30 in Brussels: later than 15:00+01:00.
        update('ny.md', '2024-03-24T10:30:00-04:00'),
        update('bxl.md', '2024-03-24T15:00:00+01:00'),
      ],
      newest: ['ny.md', 'bxl.md'],
    },
    {
      name: 'ties broken by file name (a before b when oldest first)',
      updates: [
        update('b.md', '2024-03-24T10:00:00+01:00'),
        update('a.md', '2024-03-24T10:00:00+01:00'),
        update('c.md', '2024-03-24T08:00:00Z'),
      ],
      newest: ['b.md', 'a.md', 'c.md'],
    },
    {
      name: 'the same instant written with different offsets is a tie: file name decides',
      updates: [update('a.md', '2024-03-24T10:00:00+01:00'), update('b.md', '2024-03-24T09:00:00Z')],
      newest: ['b.md', 'a.md'],
    },
    {
      name: 'a date-only update counts from the start of its day, before timed ones that day',
      updates: [
        update('timed.md', '2024-03-24T00:30:00+01:00'),
        update('date-only.md', '2024-03-24'),
        update('day-before.md', '2024-03-23T23:30:00+01:00'),
      ],
      newest: ['timed.md', 'date-only.md', 'day-before.md'],
    },
    {
      name: 'a timed update at midnight ties with a date-only one: file name decides',
      updates: [update('b-midnight.md', '2024-03-24T00:00:00+01:00'), update('a-day.md', '2024-03-24')],
      newest: ['b-midnight.md', 'a-day.md'],
    },
    { name: 'no updates', updates: [], newest: [] },
  ])('$name', ({ updates, newest }) => {
    expect(names(orderUpdates(updates))).toEqual(newest);
    expect(names(orderUpdates(updates, 'newest'))).toEqual(newest);
    // Oldest first is the exact reverse, ties included.
    expect(names(orderUpdates(updates, 'oldest'))).toEqual([...newest].reverse());
  });

  it('compares file names by code point, not by the machine locale', () => {
    const updates = [
      update('a.md', '2024-03-24'),
      update('B.md', '2024-03-24'),
      update('Z.md', '2024-03-24'),
    ];
    expect(names(orderUpdates(updates, 'oldest'))).toEqual(['B.md', 'Z.md', 'a.md']);
  });

  it('does not reorder its input', () => {
    const updates = [update('a.md', '2024-03-24'), update('b.md', '2024-03-25')];
    orderUpdates(updates);
    expect(names(updates)).toEqual(['a.md', 'b.md']);
  });
});
