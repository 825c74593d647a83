import { describe, expect, test } from 'vitest';
import { buildArticleCard } from '../../../src/model/article-card.ts';
import { buildArticleView, type UpdateInput } from '../../../src/model/article-view.ts';
import type { ArticleData } from '../../../src/schemas/article.ts';

const settings = { timeZone: 'Europe/Brussels', locale: 'en-GB' };
const view = (data: Partial<ArticleData>, updates: UpdateInput['data'][] = []) =>
  buildArticleView(
    'storm',
    { title: 'Storm', published: '2024-03-30T08:00:00+01:00', order: 'newest', ...data },
    updates.map((u, i) => ({ id: `storm/u${i}`, data: u })),
    settings,
  );

describe('buildArticleCard', () => {
  test('live coverage: its newest update headline and time, linked to the update; topic and summary', () => {
    const card = buildArticleCard(
      view({ status: 'live', summary: 'Winds and floods.', tags: ['Middle East', 'Weather'] }, [
        { time: '2024-03-30T09:00:00+01:00', title: 'Older news' },
        { time: '2024-03-30T10:15:00+01:00', title: 'Bridge closed' },
      ]),
      '/news/',
    );
    expect(card).toMatchObject({
      href: '/news/articles/storm/',
      live: true,
      summary: 'Winds and floods.',
      topic: { name: 'Middle East', href: '/news/tags/middle-east/' },
      latest: { title: 'Bridge closed', href: '/news/articles/storm/#update-u1' },
      time: { label: 'Last updated' },
    });
    expect(card.latest!.time.short).toBe('10:15 CET');
    expect(card.time.time.label).toBe('30 March 2024, 10:15 CET');
  });

  test('no latest line when the newest update has no headline, or was retracted', () => {
    const untitled = view({ status: 'live' }, [
      { time: '2024-03-30T09:00:00+01:00', title: 'Older news' },
      { time: '2024-03-30T10:15:00+01:00' },
    ]);
    expect(buildArticleCard(untitled, '/').latest).toBeUndefined();
    const retracted = view({ status: 'live' }, [
      {
        time: '2024-03-30T10:15:00+01:00',
        title: 'Wrong',
        retracted: '2024-03-30T11:00:00+01:00',
        retractionReason: 'It was wrong.',
      },
    ]);
    expect(buildArticleCard(retracted, '/').latest).toBeUndefined();
  });

  test('an ordinary article: its publication time, no topic or photo when it has none', () => {
    const card = buildArticleCard(view({}), '/');
    expect(card).toEqual({
      href: '/articles/storm/',
      title: 'Storm',
      draft: false,
      live: false,
      time: { time: expect.objectContaining({ label: '30 March 2024, 08:00 CET' }) },
    });
  });
});
