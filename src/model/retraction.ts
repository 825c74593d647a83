import { fillWords } from '../i18n/fill-words.ts';
import { wordsFor } from '../i18n/words.ts';
import type { FormattedTime } from './format-time.ts';

/** What readers see instead of a retracted update: "This update was removed at 16:05 CET: <reason>". */
export interface RetractionNote {
  time: FormattedTime;
  /** The removal time as written in the note: the clock alone on the update's own day, else date and clock. */
  text: string;
  reason: string;
}

export function describeRetraction(
  published: FormattedTime,
  retracted: FormattedTime | undefined,
  reason: string | undefined,
): RetractionNote | undefined {
  // The schema requires both together; a half-written pair is refused before this runs.
  if (!retracted || reason === undefined) return undefined;
  return {
    time: retracted,
    text: retracted.day === published.day ? retracted.short : retracted.label,
    reason,
  };
}

/** The sentence readers see, in the article's language; feeds and structured data leave a retracted update out altogether. */
export function retractionSentence(note: RetractionNote, sentence = wordsFor('en').retraction): string {
  return fillWords(sentence, { time: note.text, reason: note.reason });
}
