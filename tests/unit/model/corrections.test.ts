import { describe, expect, it } from 'vitest';
import { describeEdit } from '../../../src/model/corrections.ts';
import { formatNewsTime } from '../../../src/model/format-time.ts';
import { toNewsTime } from '../../../src/model/news-time.ts';

const at = (value: string) => formatNewsTime(toNewsTime(value), 'Europe/London', 'en-GB');

describe('describeEdit', () => {
  it.each([
    ['not edited', '2024-03-31T09:00:00+01:00', undefined, undefined, undefined],
    [
      'same day: clock only',
      '2024-03-31T09:00:00+01:00',
      '2024-03-31T16:05:00+01:00',
      undefined,
      '16:05 BST',
    ],
    [
      'next day: date and clock',
      '2024-03-31T23:00:00+01:00',
      '2024-04-01T00:10:00+01:00',
      undefined,
      '1 April 2024, 00:10 BST',
    ],
    [
      'with a correction',
      '2024-03-31T09:00:00+01:00',
      '2024-03-31T10:00:00+01:00',
      'Wrong toll.',
      '10:00 BST',
    ],
  ])('%s', (_name, time, modified, correction, text) => {
    const edit = describeEdit(at(time), modified ? at(modified) : undefined, correction);
    expect(edit?.text).toBe(text);
    expect(edit?.correction).toBe(modified ? correction : undefined);
    if (modified) expect(edit?.time.datetime).toBe(modified);
  });
});
