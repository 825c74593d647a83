import { describe, expect, it } from 'vitest';
import { UpdateSchema } from '../../../src/schemas/update.ts';
import { problemsIn } from '../../helpers/front-matter-problems.ts';

const check = (frontMatter: string) => problemsIn(UpdateSchema, frontMatter);

describe('UpdateSchema accepts', () => {
  it.each([
    ['a date-only time', 'time: 2024-03-24'],
    ['a date-time with offset', 'time: 2024-03-24T15:30:00+01:00'],
    ['a date-time in UTC', 'time: 2024-03-24T14:30:00Z'],
    ['a date-time with a space and no seconds', 'time: 2024-03-24 15:30+01:00'],
    ['a half-hour offset', 'time: 2024-03-24T20:00:00+05:30'],
    ['a headline with quotes and a colon', `time: 2024-03-24\ntitle: "Expert: “They don’t care”"`],
    [
      'the seed update',
      `time: 2024-03-24\ntitle: "Terror expert Pieter Van Ostaeyen expects more IS attacks"`,
    ],
  ])('%s', (_name, frontMatter) => {
    expect(check(frontMatter)).toEqual([]);
  });

  it('accepts a retraction with its time and reason', () => {
    expect(
      check(
        'time: 2024-03-24T15:00:00+01:00\nretracted: 2024-03-24T16:05:00+01:00\nretractionReason: Legal advice',
      ),
    ).toEqual([]);
  });

  it('keeps the time as written', () => {
    expect(UpdateSchema.parse({ time: '2024-03-24T15:30:00+01:00' }).time).toBe('2024-03-24T15:30:00+01:00');
  });
});

describe('UpdateSchema refuses, naming the field and the fix', () => {
  it.each([
    ['a missing time', 'title: Headline', 'time', 1, /^is required but missing; add it to the front matter$/],
    [
      'a date-time without offset',
      'time: 2024-03-24T15:30:00',
      'time',
      2,
      /^"2024-03-24T15:30:00" has no time-zone offset; add one, e\.g\. 2024-03-24T15:30:00\+01:00 \(or Z for UTC\)$/,
    ],
    [
      'a date-time without seconds or offset',
      'time: 2024-03-24T15:30',
      'time',
      2,
      /has no time-zone offset; add one/,
    ],
    [
      '30 February',
      'time: 2024-02-30',
      'time',
      2,
      /^"2024-02-30" is not a real calendar date; write a date such as 2024-03-24/,
    ],
    ['29 February in a common year', 'time: 2023-02-29T10:00:00Z', 'time', 2, /is not a real calendar date/],
    ['hour 25', 'time: 2024-03-24T25:30:00+01:00', 'time', 2, /is not a real clock time/],
    ['minute 61', 'time: 2024-03-24T10:61:00+01:00', 'time', 2, /is not a real clock time/],
    ['an offset beyond +14:00', 'time: 2024-03-24T10:00:00+15:00', 'time', 2, /impossible offset \+15:00/],
    ['a day-first date', 'time: 24/03/2024', 'time', 2, /is not a date or date-time/],
    ['a number', 'time: 20240324', 'time', 2, /expected a date such as 2024-03-24/],
    ['a list', 'time: [2024-03-24]', 'time', 2, /expected a date such as 2024-03-24/],
    ['an empty time', 'time: ""', 'time', 2, /is not a date or date-time/],
    ['a time left blank', 'time:', 'time', 2, /expected a date such as 2024-03-24/],
    ['a number as title', 'time: 2024-03-24\ntitle: 42', 'title', 3, /^expected text$/],
    ['a list as title', 'time: 2024-03-24\ntitle: [a, b]', 'title', 3, /^expected text$/],
    ['an empty title', 'time: 2024-03-24\ntitle: ""', 'title', 3, /^must not be empty$/],
    ['a blank title', "time: 2024-03-24\ntitle: '  '", 'title', 3, /^must not be empty$/],
    [
      'a retraction without its reason',
      'time: 2024-03-24T15:00:00+01:00\nretracted: 2024-03-24T16:05:00+01:00',
      'retractionReason',
      1,
      /^is required with retracted; say in one line why the update was removed$/,
    ],
    [
      'a reason without the retraction time',
      'time: 2024-03-24T15:00:00+01:00\nretractionReason: Legal advice',
      'retracted',
      1,
      /^is required with retractionReason; add the time of the removal/,
    ],
    [
      'a retraction before the update',
      'time: 2024-03-24T15:00:00+01:00\nretracted: 2024-03-24T14:00:00+01:00\nretractionReason: Legal advice',
      'retracted',
      3,
      /^is before the update's time \(2024-03-24T15:00:00\+01:00\); an update can only be removed after it was published$/,
    ],
  ])('%s', (_name, frontMatter, field, line, message) => {
    const problems = check(frontMatter);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ field, line });
    expect(problems[0]!.message).toMatch(message);
  });

  it('suggests "title" for the typo "titel", not "time"', () => {
    expect(check('time: 2024-03-24\ntitel: Expert view')).toEqual([
      { line: 3, field: 'titel', message: 'unknown field; did you mean "title"?' },
    ]);
  });

  it.each([
    ['tiem', 'time'],
    ['Time', 'time'],
    ['autor', 'author'],
  ])('suggests the key for the typo %j', (typo, key) => {
    expect(check(`time: 2024-03-24\n${typo}: x`)).toContainEqual({
      line: 3,
      field: typo,
      message: `unknown field; did you mean "${key}"?`,
    });
  });

  it('reports an unknown key even when the rest is valid, so a typo never drops a headline silently', () => {
    const problems = check('time: 2024-03-24T10:00:00+01:00\nheadline: Ten dead');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ line: 3, field: 'headline' });
    expect(problems[0]!.message).toMatch(/^unknown field; remove it, or use one of: time, title/);
  });

  it('reports a missing time and a typo together', () => {
    const problems = check('titel: Headline');
    expect(problems).toContainEqual({
      line: 1,
      field: 'time',
      message: expect.stringMatching(/required/) as unknown as string,
    });
    expect(problems).toContainEqual({
      line: 2,
      field: 'titel',
      message: 'unknown field; did you mean "title"?',
    });
  });

  it.each([
    ['a tab-indented key', 'time: 2024-03-24\n\ttitle: x'],
    ['an unclosed quote', 'time: 2024-03-24\ntitle: "Expert view'],
    ['an unclosed list', 'time: [2024-03-24'],
  ])('refuses %s as invalid YAML with a line', (_name, frontMatter) => {
    const problems = check(frontMatter);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.field).toBe('front matter');
    expect(problems[0]!.message).toMatch(
      /^the front matter is not valid YAML \(.+\); check quotes, colons and indentation$/,
    );
    expect(problems[0]!.line).toBeGreaterThanOrEqual(2);
  });

  it('refuses front matter that is a list, not fields', () => {
    expect(check('- time: 2024-03-24')).toEqual([
      { line: 2, field: 'front matter', message: 'the front matter must be a list of "field: value" lines' },
    ]);
  });
});
