import { describe, expect, it } from 'vitest';
import { relativeText, writtenOffset } from '../../../src/scripts/relative-time-text.ts';

const format = new Intl.RelativeTimeFormat('en-GB', { numeric: 'auto', style: 'short' });
const MIN = 60_000;

describe('relativeText', () => {
  it.each([
    [-10 * MIN, undefined],
    [-2 * MIN, 'this minute'],
    [30_000, 'this minute'],
    [5 * MIN, '5 min ago'],
    [59 * MIN, '59 min ago'],
    [60 * MIN, '1 hr ago'],
    [11 * 60 * MIN + 59 * MIN, '11 hr ago'],
    [12 * 60 * MIN, undefined],
  ])('%i ms old -> %s', (age, text) => {
    expect(relativeText(age, format)).toBe(text);
  });
});

describe('writtenOffset', () => {
  it.each([
    ['2024-03-24T15:30:00+01:00', 60],
    ['2024-03-24T21:00:00+05:45', 345],
    ['2024-11-03T01:30:00-04:00', -240],
    ['2024-03-24T15:30:00-03:30', -210],
    ['2024-03-24T15:30:00+00:00', 0],
    ['2024-03-24T15:30:00Z', 0],
  ])('%s -> %i minutes', (value, minutes) => {
    expect(writtenOffset(value)).toBe(minutes);
  });
});
