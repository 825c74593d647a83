import type { FormattedTime } from './format-time.ts';

/**
 * The latest of the given times: an article's last real change is the newest of its
 * publication, its own edits, its updates and their edits, and the end of coverage.
 * The first time wins ties, so a date-time beats the same instant listed later.
 */
export function latestTime(
  first: FormattedTime,
  others: readonly (FormattedTime | undefined)[],
): FormattedTime {
  let latest = first;
  for (const time of others) if (time && time.epochMs > latest.epochMs) latest = time;
  return latest;
}
