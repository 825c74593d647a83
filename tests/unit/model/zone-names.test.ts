import { describe, expect, it } from 'vitest';
import { describeZone, numericZoneName, zoneName, zoneWords } from '../../../src/model/zone-names.ts';

const JAN = Date.UTC(2024, 0, 15, 12);
const JUL = Date.UTC(2024, 6, 15, 12);

describe('zoneName', () => {
  it.each([
    [JAN, 'America/New_York', 'EST'],
    [JUL, 'America/New_York', 'EDT'],
    [JAN, 'America/Los_Angeles', 'PST'],
    [JUL, 'America/St_Johns', 'NDT'],
    [JAN, 'Europe/Moscow', 'MSK'],
    [JUL, 'Europe/Moscow', 'MSK'],
    [JAN, 'Asia/Kolkata', 'IST'],
    [JAN, 'Asia/Karachi', 'PKT'],
    [JAN, 'Asia/Tokyo', 'JST'],
    [JAN, 'Asia/Seoul', 'KST'],
    [JAN, 'Asia/Hong_Kong', 'HKT'],
    [JAN, 'Asia/Singapore', 'SGT'],
    [JAN, 'Australia/Sydney', 'AEDT'],
    [JUL, 'Australia/Sydney', 'AEST'],
    [JAN, 'Pacific/Auckland', 'NZDT'],
    [JUL, 'Pacific/Auckland', 'NZST'],
    [JAN, 'Africa/Johannesburg', 'SAST'],
    [JAN, 'Africa/Nairobi', 'EAT'],
    [JAN, 'Africa/Lagos', 'WAT'],
    [JAN, 'Africa/Harare', 'CAT'],
    [JAN, 'America/Sao_Paulo', 'BRT'],
    [JAN, 'America/Argentina/Buenos_Aires', 'ART'],
    [JUL, 'Europe/Dublin', 'IST'],
    [JAN, 'UTC', 'UTC'],
    // Other spellings of a zone in the table find its entry.
    [JAN, 'Asia/Calcutta', 'IST'],
    [JUL, 'US/Eastern', 'EDT'],
    [JAN, 'Europe/Kiev', 'EET'],
    [JAN, 'Etc/UTC', 'UTC'],
    // Not in the table: the locale's CLDR name where it has one, else the offset.
    [JAN, 'Europe/Monaco', 'CET'],
    [JAN, 'Asia/Tehran', 'UTC+3:30'],
    [JAN, 'America/Caracas', 'UTC-4'],
    [JAN, 'Etc/GMT-4', 'UTC+4'],
    // China's tzdata "CST" would read as US Central time: the offset instead.
    [JAN, 'Asia/Shanghai', 'UTC+8'],
  ])('%i in %s is %s', (epochMs, zone, expected) => {
    expect(zoneName(epochMs, zone, 'en-GB')).toBe(expected);
  });

  it('follows the offset in force: Moscow at UTC+4 (2011-2014) is not called MSK', () => {
    expect(zoneName(Date.UTC(2012, 6, 1), 'Europe/Moscow', 'en-GB')).toBe('UTC+4');
  });

  it('uses CLDR only for zones outside the table, in the site locale', () => {
    expect(zoneName(JAN, 'Europe/Monaco', 'en-US')).toBe('UTC+1');
    expect(zoneName(JAN, 'America/New_York', 'en-GB')).toBe('EST');
  });
});

describe('numericZoneName', () => {
  it.each([
    [0, 'UTC'],
    [240, 'UTC+4'],
    [330, 'UTC+5:30'],
    [345, 'UTC+5:45'],
    [-210, 'UTC-3:30'],
    [-300, 'UTC-5'],
    [840, 'UTC+14'],
  ])('%i minutes is %s', (minutes, expected) => {
    expect(numericZoneName(minutes)).toBe(expected);
  });
});

describe('zoneWords and describeZone', () => {
  it.each([
    ['Europe/Moscow', 'Moscow time'],
    ['America/New_York', 'Eastern time'],
    ['Asia/Calcutta', 'India time'],
    ['Europe/Monaco', 'Monaco time'],
    ['America/Argentina/Cordoba', 'Cordoba time'],
    ['Etc/GMT-4', undefined],
  ])('%s in words is %s', (zone, expected) => {
    expect(zoneWords(zone)).toBe(expected);
  });

  it.each([
    ['Europe/Moscow', ['MSK', 'MSK'], 'Times are Moscow time (MSK)'],
    ['America/New_York', ['EDT'], 'Times are Eastern time (EDT)'],
    ['Europe/London', ['GMT', 'BST', 'BST'], 'Times are UK time (GMT and BST)'],
    ['Asia/Kathmandu', ['UTC+5:45'], 'Times are Nepal time (UTC+5:45)'],
    ['UTC', ['UTC'], 'Times are UTC'],
    ['Etc/GMT-4', ['UTC+4'], 'Times are UTC+4'],
    ['Europe/Moscow', [], undefined],
  ])('%s with %o: %s', (zone, names, expected) => {
    expect(describeZone(zone, names)).toBe(expected);
  });
});
