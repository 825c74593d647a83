import { DEFAULT_CLOCK, formatClock, type ClockStyle } from './clock.ts';
import type { NewsTime } from './news-time.ts';
import { formatOffset, startOfDay, wallClock } from './time-zone.ts';
import { zoneName } from './zone-names.ts';

/** A time ready to render: the `datetime` attribute and the text readers see. */
export interface FormattedTime {
  /** Machine-readable value for `<time datetime>`: a date, or a date-time with offset. */
  datetime: string;
  /** Human text in the article's zone, e.g. "24 March 2024, 15:30 CET" or "24 March 2024". */
  label: string;
  /** Just the clock and zone ("15:30 CET"), or the date for a date-only value. */
  short: string;
  /** The zone's short name at that instant ("CET", "EDT", "UTC+5:45"); absent for a date-only value. */
  zone?: string;
  /** The calendar day in the article's zone ("2024-03-24"), for grouping by day. */
  day: string;
  /** The instant used to order times; a date-only value counts from the start of its day. */
  epochMs: number;
}

const cache = new Map<string, Intl.DateTimeFormat>();
function formatter(locale: string, zone: string, options: Intl.DateTimeFormatOptions) {
  const key = `${locale}|${zone}|${JSON.stringify(options)}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, { ...options, timeZone: zone });
    cache.set(key, f);
  }
  return f;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Languages in Arabic script write the comma between date and time as "،". */
const ARABIC_COMMA = new Set(['ar', 'fa', 'ur', 'ps', 'ckb', 'sd', 'ug']);
const dateTimeComma = (locale: string) =>
  ARABIC_COMMA.has(locale.split('-')[0]!.toLowerCase()) ? '، ' : ', ';

/** "24 March 2024" for a calendar date, written in the site's locale. */
export function formatDay(year: number, month: number, day: number, locale: string): string {
  return formatter(locale, 'UTC', { day: 'numeric', month: 'long', year: 'numeric' }).format(
    new Date(Date.UTC(year, month - 1, day)),
  );
}

export function formatNewsTime(
  time: NewsTime,
  zone: string,
  locale: string,
  clock: ClockStyle = DEFAULT_CLOCK,
): FormattedTime {
  if (time.kind === 'date') {
    const label = formatDay(time.year, time.month, time.day, locale);
    return {
      datetime: time.value,
      label,
      short: label,
      day: time.value,
      epochMs: startOfDay(time.year, time.month, time.day, zone),
    };
  }
  const w = wallClock(time.epochMs, zone);
  const day = `${w.year}-${pad(w.month)}-${pad(w.day)}`;
  const name = zoneName(time.epochMs, zone, locale);
  const short = `${formatClock(w.hour, w.minute, clock)} ${name}`;
  return {
    datetime: `${day}T${pad(w.hour)}:${pad(w.minute)}:${pad(w.second)}${formatOffset(time.epochMs, zone)}`,
    label: `${formatDay(w.year, w.month, w.day, locale)}${dateTimeComma(locale)}${short}`,
    short,
    zone: name,
    day,
    epochMs: time.epochMs,
  };
}
