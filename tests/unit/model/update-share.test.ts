import { describe, expect, test } from 'vitest';
import type { FormattedTime } from '../../../src/model/format-time.ts';
import { describeUpdateShare, firstSentence } from '../../../src/model/update-share.ts';

const time: FormattedTime = {
  datetime: '2024-03-24T15:30:00+01:00',
  label: '24 March 2024, 15:30 CET',
  short: '15:30 CET',
  zone: 'CET',
  day: '2024-03-24',
  epochMs: 0,
};
const article = { title: 'Storm hits the coast', summary: 'Live coverage of the storm.' };
const update = (fields: { title?: string; keyEvent?: boolean; retracted?: boolean }) => ({
  title: fields.title,
  keyEvent: fields.keyEvent ?? false,
  time,
  ...(fields.retracted && { retraction: { time, text: '16:05 CET', reason: 'It was wrong.' } }),
});

describe('firstSentence', () => {
  test.each([
    ['Trains stopped. Buses run.', 'Trains stopped.'],
    ['  “Get out,”   she said!  Then left.', '“Get out,” she said!'],
    ['No full stop at all', 'No full stop at all'],
    ['   ', undefined],
  ])('%j -> %j', (text, expected) => {
    expect(firstSentence(text, 'en-GB')).toBe(expected);
  });
});

describe('describeUpdateShare', () => {
  test('a headline is the title, the text the description, and it gets a card', () => {
    expect(
      describeUpdateShare(article, update({ title: 'Bridge closed' }), 'Police closed it. More soon.', 'en'),
    ).toEqual({
      title: 'Bridge closed',
      description: 'Police closed it. More soon.',
      card: true,
    });
  });

  test('without a headline: the first sentence; a key event still gets a card, others do not', () => {
    const text = 'Winds reached 140 km/h at noon. Schools are shut.';
    expect(describeUpdateShare(article, update({}), text, 'en')).toMatchObject({
      title: 'Winds reached 140 km/h at noon.',
      card: false,
    });
    expect(describeUpdateShare(article, update({ keyEvent: true }), text, 'en').card).toBe(true);
  });

  test('an update with no text at all: its time as title, the summary as description', () => {
    expect(describeUpdateShare(article, update({}), '', 'en')).toEqual({
      title: 'Update, 24 March 2024, 15:30 CET',
      description: 'Live coverage of the storm.',
      card: false,
    });
  });

  test('long titles and descriptions are cut at a word', () => {
    const share = describeUpdateShare(
      article,
      update({ title: 'word '.repeat(40) }),
      'text '.repeat(80),
      'en',
    );
    expect(share.title.length).toBeLessThanOrEqual(110);
    expect(share.title).toMatch(/word…$/);
    expect(share.description.length).toBeLessThanOrEqual(200);
  });

  test('a retracted update says nothing of what it said, and has no card', () => {
    const share = describeUpdateShare(
      article,
      update({ title: 'Secret', keyEvent: true, retracted: true }),
      'Secret text.',
      'en',
    );
    expect(share).toEqual({
      title: 'Retracted update: Storm hits the coast',
      description: 'This update was removed at 16:05 CET: It was wrong.',
      card: false,
    });
  });
});
