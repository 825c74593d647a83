import { describe, expect, it } from 'vitest';
import {
  formatOffset,
  isTimeZone,
  offsetMinutes,
  startOfDay,
  wallClock,
} from '../../../src/model/time-zone.ts';

describe('isTimeZone', () => {
  it.each(['Europe/Brussels', 'America/New_York', 'Asia/Kolkata', 'UTC'])('knows %s', (zone) => {
    expect(isTimeZone(zone)).toBe(true);
  });
  it.each(['Europe/Brusels', 'CET+1', 'Mars/Olympus', ''])('refuses %j', (zone) => {
    expect(isTimeZone(zone)).toBe(false);
  });
});

describe('offsetMinutes and formatOffset', () => {
  it.each([
    [Date.UTC(2024, 0, 15), 'Europe/Brussels', 60, '+01:00'],
    [Date.UTC(2024, 6, 15), 'Europe/Brussels', 120, '+02:00'],
    [Date.UTC(2024, 2, 31, 0, 59), 'Europe/London', 0, '+00:00'],
    [Date.UTC(2024, 2, 31, 1, 0), 'Europe/London', 60, '+01:00'],
    [Date.UTC(2024, 10, 3, 5, 59), 'America/New_York', -240, '-04:00'],
    [Date.UTC(2024, 10, 3, 6, 0), 'America/New_York', -300, '-05:00'],
    [Date.UTC(2024, 2, 24), 'Asia/Kolkata', 330, '+05:30'],
    [Date.UTC(2024, 2, 24), 'Asia/Kathmandu', 345, '+05:45'],
    [Date.UTC(2024, 2, 24), 'America/St_Johns', -150, '-02:30'],
    [Date.UTC(2024, 2, 24), 'UTC', 0, '+00:00'],
    // Sub-second instants must not shift the offset by a minute.
    [Date.UTC(2024, 2, 24, 12, 0, 0, 999), 'Europe/Brussels', 60, '+01:00'],
  ])('at %i in %s', (epoch, zone, minutes, text) => {
    expect(offsetMinutes(epoch, zone)).toBe(minutes);
    expect(formatOffset(epoch, zone)).toBe(text);
  });
});

describe('wallClock', () => {
  it('reads the clock in the zone, midnight as hour 0', () => {
    expect(wallClock(Date.UTC(2024, 2, 23, 23), 'Europe/Brussels')).toEqual({
      year: 2024,
      month: 3,
      day: 24,
      hour: 0,
      minute: 0,
      second: 0,
    });
  });
});

describe('startOfDay', () => {
  it.each([
    [2024, 3, 24, 'UTC', '2024-03-24T00:00:00.000Z'],
    [2024, 3, 24, 'Europe/Brussels', '2024-03-23T23:00:00.000Z'],
    [2024, 7, 1, 'Europe/Brussels', '2024-06-30T22:00:00.000Z'],
    // Days of a DST change: midnight is before the change.
    [2024, 3, 31, 'Europe/London', '2024-03-31T00:00:00.000Z'],
    [2024, 3, 31, 'Europe/Brussels', '2024-03-30T23:00:00.000Z'],
    [2024, 10, 27, 'Europe/Brussels', '2024-10-26T22:00:00.000Z'],
    [2024, 3, 10, 'America/New_York', '2024-03-10T05:00:00.000Z'],
    [2024, 11, 3, 'America/New_York', '2024-11-03T04:00:00.000Z'],
    [2024, 3, 24, 'Asia/Kolkata', '2024-03-23T18:30:00.000Z'],
    [2024, 3, 24, 'Pacific/Kiritimati', '2024-03-23T10:00:00.000Z'],
    [2024, 3, 24, 'Pacific/Pago_Pago', '2024-03-24T11:00:00.000Z'],
    // DST started at midnight: 00:00 did not exist, the day began at 01:00 (-02:00).
    [2018, 11, 4, 'America/Sao_Paulo', '2018-11-04T03:00:00.000Z'],
    [2024, 9, 8, 'America/Santiago', '2024-09-08T04:00:00.000Z'],
    // Clocks went back from 00:00 to 23:00: the day begins at the second midnight.
    [2024, 4, 7, 'America/Santiago', '2024-04-07T04:00:00.000Z'],
  ])('%i-%i-%i in %s', (year, month, day, zone, iso) => {
    const start = startOfDay(year, month, day, zone);
    expect(new Date(start).toISOString()).toBe(iso);
    // It is on the day, and a minute earlier is not.
    expect(wallClock(start, zone)).toMatchObject({ year, month, day });
    expect(wallClock(start - 60_000, zone)).not.toMatchObject({ year, month, day });
  });
});
