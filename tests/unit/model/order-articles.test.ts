import { describe, expect, it } from 'vitest';
import { formatNewsTime } from '../../../src/model/format-time.ts';
import { toNewsTime } from '../../../src/model/news-time.ts';
import { newestArticles, orderArticles } from '../../../src/model/order-articles.ts';

const article = (slug: string, published: string) => ({
  slug,
  published: formatNewsTime(toNewsTime(published), 'Europe/Brussels', 'en-GB'),
});

describe('orderArticles', () => {
  it.each([
    {
      name: 'newest first',
      articles: [article('old', '2024-03-20'), article('new', '2024-03-24'), article('mid', '2024-03-22')],
      expected: ['new', 'mid', 'old'],
    },
    {
      name: 'timed later the same day before date-only',
      articles: [article('date-only', '2024-03-24'), article('timed', '2024-03-24T09:00:00+01:00')],
      expected: ['timed', 'date-only'],
    },
    {
      name: 'ties by slug',
      articles: [article('b', '2024-03-24'), article('c', '2024-03-24'), article('a', '2024-03-24')],
      expected: ['a', 'b', 'c'],
    },
    { name: 'nothing to order', articles: [], expected: [] },
  ])('$name', ({ articles, expected }) => {
    const input = [...articles];
    expect(orderArticles(articles).map((a) => a.slug)).toEqual(expected);
    expect(articles).toEqual(input);
  });
});

describe('newestArticles (the site feeds)', () => {
  it('keeps the newest, newest first, whatever order they come in', () => {
    const articles = [
      article('old', '2024-03-20'),
      article('new', '2024-03-24'),
      article('mid', '2024-03-22'),
      article('older', '2024-03-19'),
    ];
    expect(newestArticles(articles, 2).map((a) => a.slug)).toEqual(['new', 'mid']);
    expect(newestArticles(articles, 10).map((a) => a.slug)).toEqual(['new', 'mid', 'old', 'older']);
  });
});
