import { describe, expect, it } from 'vitest';
import { formatDay, formatNewsTime, zoneName } from '../../../src/model/format-time.ts';
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
    expect(first.short).not.toBe(second.short);
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
    expect(t.label).toMatch(/5:30|IST/);
  });

  it('writes the label in the given locale (en-US has no abbreviation for CET)', () => {
    expect(format('2024-03-24T15:30:00+01:00', 'Europe/Brussels', 'en-US').label).toBe(
      'March 24, 2024, 15:30 GMT+1',
    );
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

describe('formatDay and zoneName', () => {
  it.each([
    [2024, 3, 24, 'en-GB', '24 March 2024'],
    [2024, 2, 29, 'en-GB', '29 February 2024'],
    [2024, 1, 1, 'en-US', 'January 1, 2024'],
  ])('formatDay(%i, %i, %i, %s)', (y, m, d, locale, expected) => {
    expect(formatDay(y, m, d, locale)).toBe(expected);
  });

  it.each([
    [Date.UTC(2024, 0, 15), 'Europe/Brussels', 'CET'],
    [Date.UTC(2024, 6, 15), 'Europe/Brussels', 'CEST'],
    [Date.UTC(2024, 0, 15), 'Europe/London', 'GMT'],
    [Date.UTC(2024, 6, 15), 'Europe/London', 'BST'],
    [Date.UTC(2024, 6, 15), 'UTC', 'UTC'],
  ])('zoneName(%i, %s)', (epoch, zone, expected) => {
    expect(zoneName(epoch, zone, 'en-GB')).toBe(expected);
  });
});
