import { expect, test } from 'vitest';
import { latestTime } from '../../../src/model/last-modified.ts';
import { formatNewsTime } from '../../../src/model/format-time.ts';
import { toNewsTime } from '../../../src/model/news-time.ts';

const t = (value: string) => formatNewsTime(toNewsTime(value), 'Europe/Brussels', 'en-GB');

test.each([
  { name: 'nothing later: the first', first: '2024-03-24', others: [undefined], out: '2024-03-24' },
  {
    name: 'the newest of updates and edits',
    first: '2024-03-24T10:00:00+01:00',
    others: [
      '2024-03-24T11:00:00+01:00',
      undefined,
      '2024-03-24T12:30:00+01:00',
      '2024-03-24T12:00:00+01:00',
    ],
    out: '2024-03-24T12:30:00+01:00',
  },
  {
    name: 'a date-only value counts from the start of its day',
    first: '2024-03-24T10:00:00+01:00',
    others: ['2024-03-24', '2024-03-25'],
    out: '2024-03-25',
  },
  {
    name: 'ties keep the earlier listed value',
    first: '2024-03-24T00:00:00+01:00',
    others: ['2024-03-24'],
    out: '2024-03-24T00:00:00+01:00',
  },
])('$name', ({ first, others, out }) => {
  expect(
    latestTime(
      t(first),
      others.map((o) => (o ? t(o) : undefined)),
    ).datetime,
  ).toBe(out);
});
