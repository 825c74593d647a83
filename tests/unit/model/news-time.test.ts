import { describe, expect, it } from 'vitest';
import { parseNewsTime, toNewsTime } from '../../../src/model/news-time.ts';

describe('parseNewsTime accepts', () => {
  it.each([
    ['2024-03-24', { kind: 'date', value: '2024-03-24', year: 2024, month: 3, day: 24 }],
    ['2024-02-29', { kind: 'date', value: '2024-02-29', year: 2024, month: 2, day: 29 }],
    ['  2024-03-24  ', { kind: 'date', value: '2024-03-24', year: 2024, month: 3, day: 24 }],
  ])('the date %j', (input, expected) => {
    expect(parseNewsTime(input)).toEqual({ ok: true, time: expected });
  });

  it.each([
    ['2024-03-24T15:30:00+01:00', '2024-03-24T15:30:00+01:00', Date.UTC(2024, 2, 24, 14, 30)],
    ['2024-03-24T15:30:00Z', '2024-03-24T15:30:00Z', Date.UTC(2024, 2, 24, 15, 30)],
    ['2024-03-24T15:30+01:00', '2024-03-24T15:30+01:00', Date.UTC(2024, 2, 24, 14, 30)],
    ['2024-03-24 15:30:00+01:00', '2024-03-24T15:30:00+01:00', Date.UTC(2024, 2, 24, 14, 30)],
    ['2024-03-24T15:30:00.250-05:00', '2024-03-24T15:30:00.250-05:00', Date.UTC(2024, 2, 24, 20, 30, 0, 250)],
    ['2024-03-24T23:59:59+05:30', '2024-03-24T23:59:59+05:30', Date.UTC(2024, 2, 24, 18, 29, 59)],
    ['2024-03-24T00:00:00+14:00', '2024-03-24T00:00:00+14:00', Date.UTC(2024, 2, 23, 10, 0)],
  ])('the date-time %j', (input, value, epochMs) => {
    expect(parseNewsTime(input)).toEqual({ ok: true, time: { kind: 'instant', value, epochMs } });
  });
});

describe('parseNewsTime refuses, saying why', () => {
  it.each([
    ['2024-03-24T15:30:00', /has no time-zone offset; add one, e\.g\. 2024-03-24T15:30:00\+01:00/],
    ['2024-03-24T15:30', /has no time-zone offset/],
    ['2024-02-30', /"2024-02-30" is not a real calendar date/],
    ['2023-02-29', /not a real calendar date/],
    ['2024-13-01', /not a real calendar date/],
    ['2024-00-10', /not a real calendar date/],
    ['2024-04-31T10:00:00+01:00', /not a real calendar date/],
    ['2024-03-24T24:00:00+01:00', /is not a real clock time/],
    ['2024-03-24T12:60:00+01:00', /is not a real clock time/],
    ['2024-03-24T12:00:60Z', /is not a real clock time/],
    ['2024-03-24T12:00:00+15:00', /impossible offset \+15:00/],
    ['2024-03-24T12:00:00+01:60', /impossible offset/],
    ['2024-03-24T12:00:00+0100', /is not a date or date-time/],
    ['24/03/2024', /is not a date or date-time/],
    ['24 March 2024', /is not a date or date-time/],
    ['', /is not a date or date-time/],
    ['2024-3-24', /is not a date or date-time/],
  ])('%j', (input, message) => {
    const parsed = parseNewsTime(input);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toMatch(message);
  });

  it.each([
    [20240324, /got a number/],
    [['2024-03-24'], /got a list/],
    [{ date: '2024-03-24' }, /got a group of fields/],
    [true, /got a boolean/],
    [null, /got nothing/],
    [undefined, /got nothing/],
    [new Date(0), /already converted/],
  ])('the non-text value %j', (input, message) => {
    const parsed = parseNewsTime(input);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.error).toMatch(message);
      expect(parsed.error).toContain('2024-03-24T15:30:00+01:00');
    }
  });
});

describe('toNewsTime', () => {
  it('returns the parsed time', () => {
    expect(toNewsTime('2024-03-24')).toMatchObject({ kind: 'date', day: 24 });
  });
  it('throws the editor-facing message for a value the schema should have refused', () => {
    expect(() => toNewsTime('2024-03-24T10:00:00')).toThrow(/no time-zone offset/);
  });
});
