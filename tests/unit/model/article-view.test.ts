import { describe, expect, it } from 'vitest';
import { buildArticleView, splitUpdateEntryId, type UpdateInput } from '../../../src/model/article-view.ts';
import { ArticleSchema } from '../../../src/schemas/article.ts';
import { UpdateSchema } from '../../../src/schemas/update.ts';

const settings = { timeZone: 'Europe/Brussels', locale: 'en-GB' };

// Data goes through the real schemas, so the tests follow the fields editors can write.
const article = (fields: Record<string, unknown>) =>
  ArticleSchema.parse({ title: 'Concert hall attack', published: '2024-03-24', ...fields });
const update = (id: string, fields: Record<string, unknown>): UpdateInput => ({
  id,
  data: UpdateSchema.parse(fields),
});

describe('buildArticleView', () => {
  it.each([
    {
      name: 'last updated is the newest update, whatever order the files come in',
      published: '2024-03-24T08:00:00+01:00',
      updates: [
        update('a/first', { time: '2024-03-24T09:00:00+01:00' }),
        update('a/third', { time: '2024-03-24T11:00:00+01:00' }),
        update('a/second', { time: '2024-03-24T10:00:00+01:00' }),
      ],
      lastUpdated: '2024-03-24T11:00:00+01:00',
      order: ['update-third', 'update-second', 'update-first'],
    },
    {
      name: 'no updates: last updated is the publication time',
      published: '2024-03-24T08:00:00+01:00',
      updates: [],
      lastUpdated: '2024-03-24T08:00:00+01:00',
      order: [],
    },
    {
      name: 'date-only article and update stay date-only',
      published: '2024-03-24',
      updates: [update('a/2024-03-24-van-ostaeyen', { time: '2024-03-24' })],
      lastUpdated: '2024-03-24',
      order: ['update-2024-03-24-van-ostaeyen'],
    },
    {
      name: 'equal times: the later file name is newest',
      published: '2024-03-24',
      updates: [
        update('a/b-second', { time: '2024-03-24T10:00:00+01:00' }),
        update('a/a-first', { time: '2024-03-24T10:00:00+01:00' }),
      ],
      lastUpdated: '2024-03-24T10:00:00+01:00',
      order: ['update-b-second', 'update-a-first'],
    },
  ])('$name', ({ published, updates, lastUpdated, order }) => {
    const view = buildArticleView('a', article({ published }), updates, settings);
    expect(view.lastUpdated.datetime).toBe(lastUpdated);
    expect(view.published.datetime).toBe(published);
    expect(view.updates.map((u) => u.id)).toEqual(order);
  });

  it('carries the article fields a page shows', () => {
    const view = buildArticleView(
      'moscow',
      article({
        status: 'live',
        summary: 'Standfirst.',
        byline: 'Breaking Latest News',
        photoCredit: 'Breaking Latest News',
        source: { name: 'Breaking Latest News' },
      }),
      [update('moscow/2024-03-24 Expert', { time: '2024-03-24', title: 'Expert view' })],
      settings,
    );
    expect(view).toMatchObject({
      slug: 'moscow',
      title: 'Concert hall attack',
      status: 'live',
      summary: 'Standfirst.',
      byline: 'Breaking Latest News',
      photoCredits: ['Breaking Latest News'],
      source: { name: 'Breaking Latest News' },
      timeZone: 'Europe/Brussels',
    });
    expect(view.source?.url).toBeUndefined();
    expect(view.published.label).toBe('24 March 2024');
    expect(view.updates[0]).toMatchObject({
      entryId: 'moscow/2024-03-24 Expert',
      id: 'update-2024-03-24-expert',
      fileName: '2024-03-24 Expert.md',
      title: 'Expert view',
    });
  });

  it('leaves photo credits empty and status absent for an ordinary article', () => {
    const view = buildArticleView('a', article({}), [], settings);
    expect(view.photoCredits).toEqual([]);
    expect(view.status).toBeUndefined();
  });

  it("shows times in the article's own zone when it sets one, else the site's", () => {
    const updates = [update('a/u', { time: '2024-03-31T01:15:00Z' })];
    const site = buildArticleView('a', article({}), updates, settings);
    const london = buildArticleView('a', article({ timeZone: 'Europe/London' }), updates, settings);
    expect(site.timeZone).toBe('Europe/Brussels');
    expect(site.updates[0]!.time.label).toBe('31 March 2024, 03:15 CEST');
    expect(london.timeZone).toBe('Europe/London');
    expect(london.updates[0]!.time.label).toBe('31 March 2024, 02:15 BST');
    expect(london.lastUpdated.datetime).toBe('2024-03-31T02:15:00+01:00');
  });

  it.each([
    {
      zone: 'Europe/Moscow',
      published: '2024-03-22T20:15:00+03:00',
      times: ['2024-03-22T21:00:00+03:00'],
      note: 'Times are Moscow time (MSK)',
    },
    {
      // Coverage across the clock change names both, oldest first.
      zone: 'America/New_York',
      published: '2024-03-09T22:00:00-05:00',
      times: ['2024-03-10T09:00:00-04:00'],
      note: 'Times are Eastern time (EST and EDT)',
    },
    {
      zone: 'Asia/Kolkata',
      published: '2024-03-24',
      times: ['2024-03-24T10:00:00+05:30'],
      note: 'Times are India time (IST)',
    },
    // Only dates, no clock times: nothing to say about the zone.
    { zone: 'Europe/Moscow', published: '2024-03-24', times: ['2024-03-24'], note: undefined },
  ])('says the zone once at the top: $note', ({ zone, published, times, note }) => {
    const updates = times.map((time, i) => update(`a/u${i}`, { time }));
    const view = buildArticleView('a', article({ published, timeZone: zone }), updates, settings);
    expect(view.zoneNote).toBe(note);
  });

  it('writes clock times in the style the site sets', () => {
    const updates = [update('a/u', { time: '2024-03-22T14:19:00+03:00' })];
    const guardian = { ...settings, clock: { hours: 12, separator: '.' } as const };
    const view = buildArticleView('a', article({ timeZone: 'Europe/Moscow' }), updates, guardian);
    expect(view.updates[0]!.time.short).toBe('2.19pm MSK');
    expect(
      buildArticleView('a', article({ timeZone: 'Europe/Moscow' }), updates, settings).updates[0]!.time.short,
    ).toBe('14:19 MSK');
  });
});

describe('splitUpdateEntryId', () => {
  it.each([
    ['moscow/2024-03-24-expert', 'moscow', '2024-03-24-expert.md'],
    ['a/A B', 'a', 'A B.md'],
  ])('%j', (entryId, articleSlug, fileName) => {
    expect(splitUpdateEntryId(entryId)).toEqual({ article: articleSlug, fileName });
  });
});
