import { formatOffset, wallClock } from './time-zone.ts';

const pad = (n: number) => String(n).padStart(2, '0');

/** An instant as a date-time with the zone's offset at that instant: "2024-03-31T14:15:07+02:00". */
export function formatZonedDateTime(epochMs: number, zone: string): string {
  const w = wallClock(epochMs, zone);
  const date = `${w.year}-${pad(w.month)}-${pad(w.day)}`;
  return `${date}T${pad(w.hour)}:${pad(w.minute)}:${pad(w.second)}${formatOffset(epochMs, zone)}`;
}

/** The wall-clock minute of an instant in a zone, for file names: "2024-03-31-1415". */
export function formatFileStamp(epochMs: number, zone: string): string {
  const w = wallClock(epochMs, zone);
  return `${w.year}-${pad(w.month)}-${pad(w.day)}-${pad(w.hour)}${pad(w.minute)}`;
}
