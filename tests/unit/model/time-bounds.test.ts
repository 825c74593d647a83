import { describe, expect, it } from 'vitest';
import { timeBounds } from '../../../src/model/time-bounds.ts';

describe('timeBounds', () => {
  it.each([
    ['2024-03-24T15:30:00+01:00', 'Europe/Brussels', '2024-03-24T14:30:00.000Z', '2024-03-24T14:30:00.000Z'],
    ['2024-03-24', 'Europe/Brussels', '2024-03-23T23:00:00.000Z', '2024-03-24T22:59:59.999Z'],
    // The day clocks go forward has 23 hours.
    ['2024-03-31', 'Europe/Brussels', '2024-03-30T23:00:00.000Z', '2024-03-31T21:59:59.999Z'],
    ['2024-03-24', 'UTC', '2024-03-24T00:00:00.000Z', '2024-03-24T23:59:59.999Z'],
  ])('%s in %s spans %s .. %s', (value, zone, earliest, latest) => {
    const bounds = timeBounds(value, zone);
    expect(new Date(bounds.earliest).toISOString()).toBe(earliest);
    expect(new Date(bounds.latest).toISOString()).toBe(latest);
  });
});
