import { describe, expect, it } from 'vitest';
import { formatDay, formatNewsTime } from '../../../src/model/format-time.ts';
import { toNewsTime } from '../../../src/model/news-time.ts';

const format = (value: string, zone: string, locale = 'en-GB') =>
  formatNewsTime(toNewsTime(value), zone, locale);

describe('formatNewsTime across daylight-saving changes', () => {
  it.each([
    // Europe/London springs forward at 01:00 UTC on 31 March 2024: 01:00 GMT becomes 02:00 BST.
    ['2024-03-31T00:59:00Z', 'Europe/London', '2024-03-31T00:59:00+00:00', '31 March 2024, 00:59 GMT'],
    ['2024-03-31T01:00:00Z', 'Europe/London', '2024-03-31T02:00:00+01:00', '31 March 2024, 02:00 BST'],
    ['2024-03-31T01:15:00Z', 'Europe/London', '2024-03-31T02:15:00+01:00', '31 March 2024, 02:15 BST'],
    // Brussels changes at the same instant, from 02:00 CET to 03:00 CEST.
    ['2024-03-31T00:59:00Z', 'Europe/Brussels', '2024-03-31T01:59:00+01:00', '31 March 2024, 01:59 CET'],
    ['2024-03-31T01:00:00Z', 'Europe/Brussels', '2024-03-31T03:00:00+02:00', '31 March 2024, 03:00 CEST'],
    ['2024-10-27T00:59:00Z', 'Europe/Brussels', '2024-10-27T02:59:00+02:00', '27 October 2024, 02:59 CEST'],
    ['2024-10-27T01:00:00Z', 'Europe/Brussels', '2024-10-27T02:00:00+01:00', '27 October 2024, 02:00 CET'],
    // An offset written for another zone is shown in the article's zone.
    ['2024-03-24T15:30:00+01:00', 'Europe/Brussels', '2024-03-24T15:30:00+01:00', '24 March 2024, 15:30 CET'],
    ['2024-03-24T15:30:00Z', 'Europe/Brussels', '2024-03-24T16:30:00+01:00', '24 March 2024, 16:30 CET'],
    // Late evening UTC is already the next day further east.
    ['2024-03-24T23:30:00Z', 'Europe/Brussels', '2024-03-25T00:30:00+01:00', '25 March 2024, 00:30 CET'],
  ])('%s in %s', (value, zone, datetime, label) => {
    const t = format(value, zone);
    expect(t.datetime).toBe(datetime);
    expect(t.label).toBe(label);
    expect(t.short).toBe(label.split(', ')[1]);
    expect(t.zone).toBe(label.split(' ').at(-1));
    expect(t.day).toBe(datetime.slice(0, 10));
    expect(t.epochMs).toBe(Date.parse(value));
  });

  it('tells the two 01:30s of the New York fall-back (3 November 2024) apart by their offset', () => {
    const first = format('2024-11-03T05:30:00Z', 'America/New_York');
    const second = format('2024-11-03T06:30:00Z', 'America/New_York');
    expect(first.datetime).toBe('2024-11-03T01:30:00-04:00');
    expect(second.datetime).toBe('2024-11-03T01:30:00-05:00');
    expect(first.short.slice(0, 5)).toBe('01:30');
    expect(second.short.slice(0, 5)).toBe('01:30');
    // Same clock reading, different zone names and instants: readers can tell them apart.
    expect(first.short).toBe('01:30 EDT');
    expect(second.short).toBe('01:30 EST');
    expect(second.epochMs - first.epochMs).toBe(3600_000);
    // Written with either offset, the same instant gives the same result.
    expect(format('2024-11-03T01:30:00-05:00', 'America/New_York')).toEqual(second);
  });

  it.each([
    ['2024-03-24T12:00:00Z', '2024-03-24T17:30:00+05:30', '24 March 2024, 17:30'],
    ['2024-03-24T20:00:00Z', '2024-03-25T01:30:00+05:30', '25 March 2024, 01:30'],
  ])('half-hour offset zone Asia/Kolkata: %s', (value, datetime, labelStart) => {
    const t = format(value, 'Asia/Kolkata');
    expect(t.datetime).toBe(datetime);
    expect(t.label.startsWith(labelStart)).toBe(true);
    expect(t.label).toBe(`${labelStart} IST`);
  });

  it('writes the date in the given locale; zone names in the table do not depend on it', () => {
    expect(format('2024-03-24T15:30:00+01:00', 'Europe/Brussels', 'en-US').label).toBe(
      'March 24, 2024, 15:30 CET',
    );
  });
});

// The name, the offset and the date line around daylight-saving changes and local midnight,
// in both hemispheres: [instant, zone, datetime (with the offset in force), label].
describe('formatNewsTime names zones as readers know them', () => {
  it.each([
    // New York: 02:00 EST becomes 03:00 EDT on 10 March 2024, 02:00 EDT becomes 01:00 EST on 3 November.
    ['2024-03-10T06:59:00Z', 'America/New_York', '2024-03-10T01:59:00-05:00', '10 March 2024, 01:59 EST'],
    ['2024-03-10T07:00:00Z', 'America/New_York', '2024-03-10T03:00:00-04:00', '10 March 2024, 03:00 EDT'],
    ['2024-11-03T05:59:00Z', 'America/New_York', '2024-11-03T01:59:00-04:00', '3 November 2024, 01:59 EDT'],
    ['2024-11-03T06:00:00Z', 'America/New_York', '2024-11-03T01:00:00-05:00', '3 November 2024, 01:00 EST'],
    ['2024-01-15T04:59:00Z', 'America/New_York', '2024-01-14T23:59:00-05:00', '14 January 2024, 23:59 EST'],
    ['2024-01-15T05:00:00Z', 'America/New_York', '2024-01-15T00:00:00-05:00', '15 January 2024, 00:00 EST'],
    ['2024-07-04T03:59:00Z', 'America/New_York', '2024-07-03T23:59:00-04:00', '3 July 2024, 23:59 EDT'],
    ['2024-07-04T04:00:00Z', 'America/New_York', '2024-07-04T00:00:00-04:00', '4 July 2024, 00:00 EDT'],
    // London: 02:00 BST becomes 01:00 GMT on 27 October 2024.
    ['2024-10-27T00:59:00Z', 'Europe/London', '2024-10-27T01:59:00+01:00', '27 October 2024, 01:59 BST'],
    ['2024-10-27T01:00:00Z', 'Europe/London', '2024-10-27T01:00:00+00:00', '27 October 2024, 01:00 GMT'],
    ['2024-06-30T22:59:00Z', 'Europe/London', '2024-06-30T23:59:00+01:00', '30 June 2024, 23:59 BST'],
    ['2024-06-30T23:00:00Z', 'Europe/London', '2024-07-01T00:00:00+01:00', '1 July 2024, 00:00 BST'],
    ['2024-12-31T23:59:00Z', 'Europe/London', '2024-12-31T23:59:00+00:00', '31 December 2024, 23:59 GMT'],
    // Brussels: midnight in winter and in summer.
    ['2024-01-15T22:59:00Z', 'Europe/Brussels', '2024-01-15T23:59:00+01:00', '15 January 2024, 23:59 CET'],
    ['2024-07-15T22:00:00Z', 'Europe/Brussels', '2024-07-16T00:00:00+02:00', '16 July 2024, 00:00 CEST'],
    // Moscow keeps UTC+3 all year: the same name on both sides of Europe's change.
    ['2024-03-31T00:59:00Z', 'Europe/Moscow', '2024-03-31T03:59:00+03:00', '31 March 2024, 03:59 MSK'],
    ['2024-03-31T01:00:00Z', 'Europe/Moscow', '2024-03-31T04:00:00+03:00', '31 March 2024, 04:00 MSK'],
    ['2024-03-22T20:59:00Z', 'Europe/Moscow', '2024-03-22T23:59:00+03:00', '22 March 2024, 23:59 MSK'],
    ['2024-03-22T21:00:00Z', 'Europe/Moscow', '2024-03-23T00:00:00+03:00', '23 March 2024, 00:00 MSK'],
    // Delhi, UTC+5:30, no daylight saving.
    ['2024-03-24T18:29:00Z', 'Asia/Kolkata', '2024-03-24T23:59:00+05:30', '24 March 2024, 23:59 IST'],
    ['2024-03-24T18:30:00Z', 'Asia/Kolkata', '2024-03-25T00:00:00+05:30', '25 March 2024, 00:00 IST'],
    ['2024-07-15T12:00:00Z', 'Asia/Kolkata', '2024-07-15T17:30:00+05:30', '15 July 2024, 17:30 IST'],
    // Kathmandu, UTC+5:45: no name in common use, so the offset as newsrooms write it.
    ['2024-03-24T18:14:00Z', 'Asia/Kathmandu', '2024-03-24T23:59:00+05:45', '24 March 2024, 23:59 UTC+5:45'],
    ['2024-03-24T18:15:00Z', 'Asia/Kathmandu', '2024-03-25T00:00:00+05:45', '25 March 2024, 00:00 UTC+5:45'],
    // Sydney, southern hemisphere: 03:00 AEDT becomes 02:00 AEST on 7 April 2024,
    // 02:00 AEST becomes 03:00 AEDT on 6 October.
    ['2024-04-06T15:59:00Z', 'Australia/Sydney', '2024-04-07T02:59:00+11:00', '7 April 2024, 02:59 AEDT'],
    ['2024-04-06T16:00:00Z', 'Australia/Sydney', '2024-04-07T02:00:00+10:00', '7 April 2024, 02:00 AEST'],
    ['2024-10-05T15:59:00Z', 'Australia/Sydney', '2024-10-06T01:59:00+10:00', '6 October 2024, 01:59 AEST'],
    ['2024-10-05T16:00:00Z', 'Australia/Sydney', '2024-10-06T03:00:00+11:00', '6 October 2024, 03:00 AEDT'],
    ['2024-01-25T12:59:00Z', 'Australia/Sydney', '2024-01-25T23:59:00+11:00', '25 January 2024, 23:59 AEDT'],
    ['2024-01-25T13:00:00Z', 'Australia/Sydney', '2024-01-26T00:00:00+11:00', '26 January 2024, 00:00 AEDT'],
    ['2024-07-14T14:00:00Z', 'Australia/Sydney', '2024-07-15T00:00:00+10:00', '15 July 2024, 00:00 AEST'],
  ])('%s in %s', (value, zone, datetime, label) => {
    const t = format(value, zone);
    expect(t.datetime).toBe(datetime);
    expect(t.label).toBe(label);
    expect(t.short).toBe(label.split(', ')[1]);
    expect(t.zone).toBe(label.split(' ').at(-1));
    expect(t.day).toBe(datetime.slice(0, 10));
    expect(t.epochMs).toBe(Date.parse(value));
  });
});

describe('formatNewsTime with the site clock style', () => {
  it.each([
    [{ hours: 24, separator: ':' }, '24 March 2024, 14:19 CET'],
    [{ hours: 24, separator: '.' }, '24 March 2024, 14.19 CET'],
    [{ hours: 12, separator: '.' }, '24 March 2024, 2.19pm CET'],
    [{ hours: 12, separator: ':' }, '24 March 2024, 2:19pm CET'],
  ] as const)('%o', (clock, label) => {
    const t = formatNewsTime(toNewsTime('2024-03-24T14:19:00+01:00'), 'Europe/Brussels', 'en-GB', clock);
    expect(t.label).toBe(label);
    // The machine-readable value never changes with the style.
    expect(t.datetime).toBe('2024-03-24T14:19:00+01:00');
  });
});

describe('formatNewsTime for a date-only value', () => {
  it.each(['Europe/Brussels', 'America/New_York', 'Asia/Kolkata', 'Pacific/Kiritimati'])(
    'stays date-only in %s',
    (zone) => {
      const t = format('2024-03-24', zone);
      expect(t.datetime).toBe('2024-03-24');
      expect(t.label).toBe('24 March 2024');
      expect(t.short).toBe('24 March 2024');
      expect(t.day).toBe('2024-03-24');
      expect(t.label).not.toMatch(/\d:\d/);
    },
  );

  it('orders from the start of the day in the article zone', () => {
    expect(format('2024-03-24', 'Europe/Brussels').epochMs).toBe(Date.UTC(2024, 2, 23, 23));
    expect(format('2024-03-24', 'Asia/Kolkata').epochMs).toBe(Date.UTC(2024, 2, 23, 18, 30));
    expect(format('2024-03-24', 'UTC').epochMs).toBe(Date.UTC(2024, 2, 24));
  });
});

describe('formatDay', () => {
  it.each([
    [2024, 3, 24, 'en-GB', '24 March 2024'],
    [2024, 2, 29, 'en-GB', '29 February 2024'],
    [2024, 1, 1, 'en-US', 'January 1, 2024'],
  ])('formatDay(%i, %i, %i, %s)', (y, m, d, locale, expected) => {
    expect(formatDay(y, m, d, locale)).toBe(expected);
  });
});
