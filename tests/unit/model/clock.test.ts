import { describe, expect, it } from 'vitest';
import { formatClock, type ClockStyle } from '../../../src/model/clock.ts';

const BBC: ClockStyle = { hours: 24, separator: ':' };
const GUARDIAN_24: ClockStyle = { hours: 24, separator: '.' };
const GUARDIAN_12: ClockStyle = { hours: 12, separator: '.' };

describe('formatClock', () => {
  it.each([
    [14, 19, BBC, '14:19'],
    [0, 5, BBC, '00:05'],
    [9, 0, GUARDIAN_24, '09.00'],
    [14, 19, GUARDIAN_12, '2.19pm'],
    [0, 5, GUARDIAN_12, '12.05am'],
    [11, 59, GUARDIAN_12, '11.59am'],
    [12, 0, GUARDIAN_12, '12.00pm'],
    [23, 30, { hours: 12, separator: ':' } satisfies ClockStyle, '11:30pm'],
  ] as const)('%i:%i in %o is %s', (hour, minute, style, expected) => {
    expect(formatClock(hour, minute, style)).toBe(expected);
  });

  it('defaults to the 24-hour clock with a colon, as before the setting existed', () => {
    expect(formatClock(7, 3)).toBe('07:03');
  });
});
