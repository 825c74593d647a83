/** What grouping needs to know about an update: its calendar day in the article's zone. */
export interface Dated {
  time: { day: string };
}

/** A run of consecutive updates on the same day, under one date heading. */
export interface DayGroup<T> {
  /** The day in the article's zone, "2024-03-31". */
  day: string;
  updates: T[];
}

/**
 * Starts a new group whenever the day changes, in the order given (newest or oldest
 * first), so a date heading appears exactly where the day changes in the stream.
 */
export function groupByDay<T extends Dated>(updates: readonly T[]): DayGroup<T>[] {
  const groups: DayGroup<T>[] = [];
  for (const update of updates) {
    const last = groups.at(-1);
    if (last && last.day === update.time.day) last.updates.push(update);
    else groups.push({ day: update.time.day, updates: [update] });
  }
  return groups;
}
