import { describe, expect, it } from 'vitest';
import type { ContentTree } from '../../../src/loaders/read-content.ts';
import { listDeskArticles } from '../../../scripts/desk/article-list.ts';

const article = (slug: string, data: Record<string, unknown>) => ({ slug, data: { title: slug, ...data } });
const update = (slug: string, time: string) => ({ article: slug, data: { time } });

describe('listDeskArticles', () => {
  it('lists each article with its coverage and last update, most recently active first', () => {
    const tree = {
      articles: [
        article('old-live', { status: 'live', published: '2024-03-01' }),
        article('ended', {
          status: 'ended',
          published: '2024-03-02T10:00:00+01:00',
          timeZone: 'Europe/Moscow',
        }),
        article('plain', { published: '2024-03-05', draft: true }),
      ],
      updates: [
        update('old-live', '2024-03-10T12:00:00+01:00'),
        update('old-live', '2024-03-03T12:00:00+01:00'),
        update('ended', '2024-03-04T09:30:00+03:00'),
      ],
    } as unknown as Pick<ContentTree, 'articles' | 'updates'>;
    expect(listDeskArticles(tree).map((a) => ({ ...a, epochMs: undefined }))).toEqual([
      {
        slug: 'old-live',
        title: 'old-live',
        coverage: 'live',
        draft: false,
        lastUpdate: '10 March 2024, 12:00 CET',
        updates: 2,
      },
      {
        slug: 'plain',
        title: 'plain',
        coverage: 'article',
        draft: true,
        lastUpdate: '5 March 2024',
        updates: 0,
      },
      {
        slug: 'ended',
        title: 'ended',
        coverage: 'ended',
        draft: false,
        lastUpdate: '4 March 2024, 09:30 MSK',
        updates: 1,
      },
    ]);
  });
});
