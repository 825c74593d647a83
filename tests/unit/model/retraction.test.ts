import { describe, expect, it } from 'vitest';
import { formatNewsTime } from '../../../src/model/format-time.ts';
import { toNewsTime } from '../../../src/model/news-time.ts';
import { describeRetraction, retractionSentence } from '../../../src/model/retraction.ts';

const at = (value: string) => formatNewsTime(toNewsTime(value), 'Europe/Brussels', 'en-GB');

describe('describeRetraction', () => {
  it('is absent unless both the time and the reason are given', () => {
    expect(describeRetraction(at('2024-03-24T15:00:00+01:00'), undefined, 'Legal')).toBeUndefined();
    expect(
      describeRetraction(at('2024-03-24T15:00:00+01:00'), at('2024-03-24T16:00:00+01:00'), undefined),
    ).toBeUndefined();
  });

  it.each([
    [
      'the same day: the clock alone',
      '2024-03-24T16:05:00+01:00',
      'This update was removed at 16:05 CET: Legal advice.',
    ],
    [
      'a later day: date and clock',
      '2024-03-25T09:00:00+01:00',
      'This update was removed at 25 March 2024, 09:00 CET: Legal advice.',
    ],
  ])('%s', (_name, retracted, sentence) => {
    const note = describeRetraction(at('2024-03-24T15:00:00+01:00'), at(retracted), 'Legal advice.')!;
    expect(retractionSentence(note)).toBe(sentence);
  });
});
