import type { FormattedTime } from './format-time.ts';

/** How an edited update says when it changed: "Updated 16:05 CET", with the date if the day differs. */
export interface EditNote {
  time: FormattedTime;
  /** The time as shown after "Updated": the clock alone on the update's own day, else date and clock. */
  text: string;
  /** The correction note, when the edit corrected a fact. */
  correction?: string;
}

export function describeEdit(
  published: FormattedTime,
  modified: FormattedTime | undefined,
  correction: string | undefined,
): EditNote | undefined {
  if (!modified) return undefined;
  const text = modified.day === published.day ? modified.short : modified.label;
  return correction === undefined ? { time: modified, text } : { time: modified, text, correction };
}
