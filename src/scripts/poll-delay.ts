/** Errors back off: 30 s, 60 s, 120 s... up to 5 minutes, so an outage is not hammered. */
export const MAX_DELAY_MS = 5 * 60_000;

export function pollDelay(baseMs: number, failures: number): number {
  return Math.min(baseMs * 2 ** failures, Math.max(baseMs, MAX_DELAY_MS));
}
