import { toNewsTime } from './news-time.ts';
import { startOfDay } from './time-zone.ts';

/** The earliest and latest instant a time can mean: one instant, or a whole day in the zone. */
export interface TimeBounds {
  earliest: number;
  latest: number;
}

/** Bounds already worked out, by zone and value: every check and every publish asks again. */
const known = new Map<string, Readonly<TimeBounds>>();
const KNOWN_AT_MOST = 200_000;

/** A date-only value covers its whole day in `zone`; a date-time is a single instant. */
export function timeBounds(value: string, zone: string): Readonly<TimeBounds> {
  const key = `${zone}\0${value}`;
  let bounds = known.get(key);
  if (!bounds) {
    if (known.size >= KNOWN_AT_MOST) known.clear();
    bounds = Object.freeze(workOutBounds(value, zone));
    known.set(key, bounds);
  }
  return bounds;
}

function workOutBounds(value: string, zone: string): TimeBounds {
  const time = toNewsTime(value);
  if (time.kind === 'instant') return { earliest: time.epochMs, latest: time.epochMs };
  const earliest = startOfDay(time.year, time.month, time.day, zone);
  const next = new Date(Date.UTC(time.year, time.month - 1, time.day + 1));
  const end = startOfDay(next.getUTCFullYear(), next.getUTCMonth() + 1, next.getUTCDate(), zone);
  return { earliest, latest: end - 1 };
}
