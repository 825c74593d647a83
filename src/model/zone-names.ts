import { offsetMinutes } from './time-zone.ts';
import { cityOf, KNOWN_ZONES, type KnownZone } from './zone-table.ts';

/** The runtime's canonical spelling of a zone, so aliases (Asia/Calcutta, US/Eastern) find their entry. */
function canonicalZone(zone: string): string {
  try {
    return new Intl.DateTimeFormat('en', { timeZone: zone }).resolvedOptions().timeZone;
  } catch {
    return zone;
  }
}

let byCanonical: Map<string, KnownZone> | undefined;

/** The table entry for a zone (zone-table.ts), whichever spelling the editor used. */
export function knownZone(zone: string): KnownZone | undefined {
  const direct = KNOWN_ZONES.get(zone);
  if (direct) return direct;
  byCanonical ??= new Map([...KNOWN_ZONES].map(([id, entry]) => [canonicalZone(id), entry]));
  return byCanonical.get(canonicalZone(zone));
}

/** The offset as newsrooms write it: "UTC+4", "UTC+5:45", "UTC-3:30", "UTC". */
export function numericZoneName(minutes: number): string {
  if (minutes === 0) return 'UTC';
  const abs = Math.abs(minutes);
  const rest = abs % 60;
  return `UTC${minutes < 0 ? '-' : '+'}${Math.floor(abs / 60)}${rest ? `:${String(rest).padStart(2, '0')}` : ''}`;
}

const cldrFormats = new Map<string, Intl.DateTimeFormat>();

/** The CLDR short name in the site's locale ("CET"), unless it is only an offset ("GMT+3"). */
function cldrShortName(epochMs: number, zone: string, locale: string): string | undefined {
  const key = `${locale}|${zone}`;
  let format = cldrFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { timeZone: zone, timeZoneName: 'short' });
    cldrFormats.set(key, format);
  }
  const name = format.formatToParts(new Date(epochMs)).find((p) => p.type === 'timeZoneName')?.value;
  return name && /^[A-Z]{2,5}$/.test(name) ? name : undefined;
}

/**
 * The zone's short name at an instant: "EDT", "MSK", "IST". The offset in force at that
 * instant picks the name, so it switches exactly at daylight-saving changes. Zones not in
 * the table use the locale's CLDR name where there is one; otherwise the offset ("UTC+4").
 */
export function zoneName(epochMs: number, zone: string, locale: string): string {
  const minutes = offsetMinutes(epochMs, zone);
  const known = knownZone(zone);
  const name = known ? known.names[minutes] : cldrShortName(epochMs, zone, locale);
  return name ?? numericZoneName(minutes);
}

/** The zone in words ("Moscow time"), or undefined for zones without a place (Etc/GMT-4). */
export function zoneWords(zone: string): string | undefined {
  const known = knownZone(zone);
  if (known) return known.words;
  return zone.includes('/') && !zone.startsWith('Etc/') ? `${cityOf(zone)} time` : undefined;
}

/**
 * The line at the top of an article: "Times are Moscow time (MSK)", with every short name its
 * times use ("UK time (GMT and BST)" across a clock change). Undefined when no time has a clock.
 */
export function describeZone(zone: string, names: readonly string[]): string | undefined {
  const distinct = [...new Set(names)];
  if (distinct.length === 0) return undefined;
  const words = zoneWords(zone);
  const short = distinct.join(' and ');
  return words && words !== short ? `Times are ${words} (${short})` : `Times are ${short}`;
}
