import { parseNewsTime } from '../model/news-time.ts';

/** A fixed "now" as written in NEWS_NOW or `--now`: a date-time with offset, in epoch ms. */
export function parseNow(value: string, label = 'NEWS_NOW'): number {
  const parsed = parseNewsTime(value.trim());
  if (!parsed.ok || parsed.time.kind !== 'instant') {
    throw new NowError(
      `${label} "${value}" is not a date-time with offset; write e.g. 2024-03-31T14:15:00+02:00`,
    );
  }
  return parsed.time.epochMs;
}

export class NowError extends Error {
  override name = 'NowError';
}

/**
 * The instant the build, the content check or `npm run new` treats as "now".
 * NEWS_NOW (a date-time with offset) fixes it, so tests and rehearsals of a
 * scheduled update do not depend on the clock.
 */
export function readNow(env: Record<string, string | undefined> = process.env): number {
  const value = env.NEWS_NOW?.trim();
  return value ? parseNow(value) : Date.now();
}
