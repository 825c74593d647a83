import { fillWords } from '../i18n/fill-words.ts';
import { primaryLanguage } from '../i18n/words.ts';
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

const english = (locale: string) => primaryLanguage(locale) === 'en';

/**
 * The zone's short name at an instant: "EDT", "MSK", "IST". The offset in force at that
 * instant picks the name, so it switches exactly at daylight-saving changes. Zones not in
 * the table use the locale's CLDR name where there is one; otherwise the offset ("UTC+4").
 * Other languages first take their own abbreviation where CLDR has one (German "MEZ" for
 * CET), then the table's ("CET" in a French or Arabic article, as their press writes it).
 */
export function zoneName(epochMs: number, zone: string, locale: string): string {
  const minutes = offsetMinutes(epochMs, zone);
  const known = knownZone(zone);
  const table = known ? known.names[minutes] : undefined;
  const name = english(locale)
    ? known
      ? table
      : cldrShortName(epochMs, zone, locale)
    : (cldrShortName(epochMs, zone, locale) ?? table);
  return name ?? numericZoneName(minutes);
}

/**
 * The zone in words ("Moscow time"), or undefined for zones without a place (Etc/GMT-4).
 * Other languages use CLDR's generic name in that language ("Midden-Europese tijd").
 */
export function zoneWords(zone: string, locale = 'en'): string | undefined {
  const known = english(locale) ? knownZone(zone) : undefined;
  if (known) return known.words;
  if (!zone.includes('/') || zone.startsWith('Etc/')) return undefined;
  if (english(locale)) return `${cityOf(zone)} time`;
  return new Intl.DateTimeFormat(locale, { timeZone: zone, timeZoneName: 'longGeneric' })
    .formatToParts(GENERIC_INSTANT)
    .find((p) => p.type === 'timeZoneName')?.value;
}

/** Any recent instant: the generic name ("Mitteleuropäische Zeit") names the zone as it is today. */
const GENERIC_INSTANT = Date.UTC(2024, 0, 1);

/** How the zone line is worded: the article's language (src/i18n/), English by default. */
export interface ZoneNoteWords {
  zoneNote: string;
  zoneNoteNames: string;
}

const ENGLISH_NOTE: ZoneNoteWords = {
  zoneNote: 'Times are {zone} ({names})',
  zoneNoteNames: 'Times are {names}',
};

/**
 * The line at the top of an article: "Times are Moscow time (MSK)", with every short name its
 * times use ("UK time (GMT and BST)" across a clock change). Undefined when no time has a clock.
 */
export function describeZone(
  zone: string,
  names: readonly string[],
  locale = 'en',
  words: ZoneNoteWords = ENGLISH_NOTE,
): string | undefined {
  const distinct = [...new Set(names)];
  if (distinct.length === 0) return undefined;
  const place = zoneWords(zone, locale);
  const short = new Intl.ListFormat(locale, { type: 'conjunction' }).format(distinct);
  return place && place !== short
    ? fillWords(words.zoneNote, { zone: place, names: short })
    : fillWords(words.zoneNoteNames, { names: short });
}
