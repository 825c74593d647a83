import { describe, expect, it } from 'vitest';
import { isTimeZone, offsetMinutes } from '../../../src/model/time-zone.ts';
import { KNOWN_ZONES } from '../../../src/model/zone-table.ts';

const entries = [...KNOWN_ZONES];
// Noon UTC in a northern winter and a northern summer: both seasons of every zone.
const SEASONS = [Date.UTC(2024, 0, 15, 12), Date.UTC(2024, 6, 15, 12)];

const cldrShort = (epochMs: number, zone: string, locale: string) =>
  new Intl.DateTimeFormat(locale, { timeZone: zone, timeZoneName: 'short' })
    .formatToParts(epochMs)
    .find((p) => p.type === 'timeZoneName')?.value;

describe('the zone table', () => {
  it.each(entries)('%s is a zone the runtime knows, with plain short names', (zone, entry) => {
    expect(isTimeZone(zone)).toBe(true);
    for (const name of Object.values(entry.names)) expect(name).toMatch(/^[A-Z]{2,5}$/);
    expect(entry.words).toMatch(/^[A-Z][\p{L} ]+$/u);
  });

  it.each(entries.filter(([, e]) => e.source !== 'none'))(
    '%s has a name for both of its 2024 offsets',
    (zone, entry) => {
      for (const at of SEASONS) expect(entry.names[offsetMinutes(at, zone)]).toBeDefined();
    },
  );

  it.each(entries.filter(([, e]) => e.source === 'none'))(
    '%s has no name: it keeps the offset',
    (_zone, entry) => {
      expect(entry.names).toEqual({});
    },
  );

  // Names said to come from CLDR must be what the CLDR data in Node says in that locale.
  it.each(entries.filter(([, e]) => e.source.includes('-')))('%s matches CLDR', (zone, entry) => {
    for (const at of SEASONS) {
      expect(cldrShort(at, zone, entry.source)).toBe(entry.names[offsetMinutes(at, zone)]);
    }
  });
});
