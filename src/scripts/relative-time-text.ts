const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
/** Older updates keep only their absolute time: "14 hours ago" helps nobody. */
export const RELATIVE_LIMIT_MS = 12 * HOUR;

/**
 * "5 min ago" for an update `ageMs` old, or undefined past the limit. A clock a few
 * minutes behind the server makes brand-new updates look slightly in the future:
 * they read as "now" rather than disappearing.
 */
export function relativeText(ageMs: number, format: Intl.RelativeTimeFormat): string | undefined {
  if (ageMs >= RELATIVE_LIMIT_MS || ageMs < -5 * MINUTE) return undefined;
  const minutes = Math.max(0, Math.floor(ageMs / MINUTE));
  return minutes < 60 ? format.format(-minutes, 'minute') : format.format(-Math.floor(minutes / 60), 'hour');
}

/** The offset at the end of a `datetime` value ("+05:30" is 330), in minutes east of UTC. */
export function writtenOffset(value: string): number {
  if (value.endsWith('Z')) return 0;
  const minutes = Number(value.slice(-5, -3)) * 60 + Number(value.slice(-2));
  return value.at(-6) === '-' ? -minutes : minutes;
}
