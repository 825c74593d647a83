/**
 * A time as editors write it: a calendar date ("2024-03-24") or a date-time with
 * an offset ("2024-03-24T15:30:00+01:00"). A date-time without an offset is an
 * error: reading it as UTC or as the build machine's zone would move it.
 */
export type NewsTime =
  | { kind: 'date'; value: string; year: number; month: number; day: number }
  | { kind: 'instant'; value: string; epochMs: number };

export type ParsedNewsTime = { ok: true; time: NewsTime } | { ok: false; error: string };

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})?$/;

const EXAMPLE =
  'write a date such as 2024-03-24 or a date-time with its offset such as 2024-03-24T15:30:00+01:00';

function isCalendarDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= days;
}

export function parseNewsTime(input: unknown): ParsedNewsTime {
  if (typeof input !== 'string') {
    return { ok: false, error: `expected a date or date-time, got ${describe(input)}; ${EXAMPLE}` };
  }
  const value = input.trim();
  const date = DATE.exec(value);
  if (date) {
    const [year, month, day] = [Number(date[1]), Number(date[2]), Number(date[3])];
    if (!isCalendarDate(year, month, day)) {
      return { ok: false, error: `"${value}" is not a real calendar date; ${EXAMPLE}` };
    }
    return { ok: true, time: { kind: 'date', value, year, month, day } };
  }
  const dt = DATE_TIME.exec(value);
  if (!dt) return { ok: false, error: `"${value}" is not a date or date-time; ${EXAMPLE}` };
  const [year, month, day, hour, minute] = [1, 2, 3, 4, 5].map((i) => Number(dt[i])) as [
    number,
    number,
    number,
    number,
    number,
  ];
  const second = Number(dt[6] ?? 0);
  if (!isCalendarDate(year, month, day)) {
    return { ok: false, error: `"${value}" is not a real calendar date; ${EXAMPLE}` };
  }
  if (hour > 23 || minute > 59 || second > 59) {
    return { ok: false, error: `"${value}" is not a real clock time; ${EXAMPLE}` };
  }
  const offset = dt[8];
  if (!offset) {
    return {
      ok: false,
      error: `"${value}" has no time-zone offset; add one, e.g. ${value}+01:00 (or Z for UTC)`,
    };
  }
  if (offset !== 'Z' && (Number(offset.slice(1, 3)) > 14 || Number(offset.slice(4)) > 59)) {
    return { ok: false, error: `"${value}" has an impossible offset ${offset}; ${EXAMPLE}` };
  }
  const normalised = value.replace(' ', 'T');
  return { ok: true, time: { kind: 'instant', value: normalised, epochMs: Date.parse(normalised) } };
}

/** Parses a value the schema has already accepted; throws if it was not. */
export function toNewsTime(value: string): NewsTime {
  const parsed = parseNewsTime(value);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.time;
}

function describe(value: unknown): string {
  if (value === null || value === undefined) return 'nothing';
  if (value instanceof Date) return 'a date the YAML parser already converted';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a group of fields';
  return `a ${typeof value}`;
}
