/** What ordering needs to know about an update. */
export interface Orderable {
  /** The instant used for ordering (a date-only time counts from the start of its day). */
  time: { epochMs: number };
  /** The update's file name: breaks ties between equal times. */
  fileName: string;
}

/** Oldest first by time, ties by file name; newest first is the exact reverse. */
export function orderUpdates<T extends Orderable>(
  updates: readonly T[],
  order: 'newest' | 'oldest' = 'newest',
): T[] {
  const sorted = [...updates].sort(
    (a, b) => a.time.epochMs - b.time.epochMs || compareNames(a.fileName, b.fileName),
  );
  return order === 'newest' ? sorted.reverse() : sorted;
}

function compareNames(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
