/**
 * How clock times are written: 24-hour ("14:19", BBC; "14.19", Guardian live blogs) or
 * 12-hour ("2.19pm", Guardian; "2:19pm"). Set once for the site in src/site.ts.
 */
export interface ClockStyle {
  hours: 12 | 24;
  /** Between hours and minutes. */
  separator: ':' | '.';
}

/** Today's output: "14:19". */
export const DEFAULT_CLOCK: ClockStyle = { hours: 24, separator: ':' };

/** "14:19", "14.19", "2.19pm" or "12:05am" for a wall-clock hour (0-23) and minute. */
export function formatClock(hour: number, minute: number, style: ClockStyle = DEFAULT_CLOCK): string {
  const mm = String(minute).padStart(2, '0');
  if (style.hours === 24) return `${String(hour).padStart(2, '0')}${style.separator}${mm}`;
  return `${hour % 12 || 12}${style.separator}${mm}${hour < 12 ? 'am' : 'pm'}`;
}
