/** Offsets and zone-aware day boundaries with Intl only, so results never depend on the build machine. */

const partsFormatters = new Map<string, Intl.DateTimeFormat>();

function partsFormatter(zone: string): Intl.DateTimeFormat {
  let formatter = partsFormatters.get(zone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    partsFormatters.set(zone, formatter);
  }
  return formatter;
}

/** True when `zone` is an IANA time-zone name this runtime knows. */
export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** Wall-clock fields of an instant in a zone. */
export function wallClock(epochMs: number, zone: string) {
  const parts = Object.fromEntries(
    partsFormatter(zone)
      .formatToParts(new Date(epochMs))
      .filter((p) => p.type !== 'literal')
      .map((p) => [p.type, Number(p.value)]),
  ) as Record<'year' | 'month' | 'day' | 'hour' | 'minute' | 'second', number>;
  return parts;
}

/** Offset of `zone` from UTC at an instant, in minutes (e.g. 60 for CET). */
export function offsetMinutes(epochMs: number, zone: string): number {
  const w = wallClock(epochMs, zone);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  return Math.round((asUtc - Math.floor(epochMs / 1000) * 1000) / 60000);
}

/** The instant a calendar day starts in a zone (midnight, or the first valid minute on a DST gap). */
export function startOfDay(year: number, month: number, day: number, zone: string): number {
  const guess = Date.UTC(year, month - 1, day);
  const first = guess - offsetMinutes(guess, zone) * 60000;
  const second = guess - offsetMinutes(first, zone) * 60000;
  const before = guess - offsetMinutes(guess - 86400000, zone) * 60000;
  // Midnight with each offset in force around it: the earliest candidate that falls on the day
  // wins. Where DST starts at midnight (America/Sao_Paulo, 2018) only the offset from before the
  // jump lands on the day; where clocks go back over midnight, midnight happens twice.
  const onDay = [first, second, before].filter((epoch) => {
    const w = wallClock(epoch, zone);
    return w.year === year && w.month === month && w.day === day;
  });
  return onDay.length > 0 ? Math.min(...onDay) : second;
}

/** "+01:00" style offset text for an instant in a zone. */
export function formatOffset(epochMs: number, zone: string): string {
  const minutes = offsetMinutes(epochMs, zone);
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}
