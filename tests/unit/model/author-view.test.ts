import { describe, expect, it } from 'vitest';
import { resolveAuthor } from '../../../src/model/author-ref.ts';
import { buildAuthorViews } from '../../../src/model/author-view.ts';

const anna = {
  id: 'anna-peeters',
  data: { name: 'Anna Peeters', role: 'Correspondent', url: 'https://example.org/anna' },
};
const ben = { id: 'ben-dupont', data: { name: 'Ben Dupont', role: 'Live editor' } };

const article = (slug: string, authors: string[], updateAuthors: (string | undefined)[]) => ({
  slug,
  authors: authors.map((id) => ({ id })),
  updates: updateAuthors.map((id) => (id ? { author: { id } } : {})),
});

describe('buildAuthorViews', () => {
  it('lists the articles an author is credited on or wrote an update in, keeping their order', () => {
    const articles = [
      article('newest', [], ['ben-dupont', undefined]),
      article('middle', ['anna-peeters'], []),
      article('oldest', ['anna-peeters', 'ben-dupont'], ['anna-peeters']),
      article('agency', [], [undefined]),
    ];
    const views = buildAuthorViews([anna, ben], articles);
    expect(views.map((v) => [v.id, v.name, v.role, v.url, v.articles.map((a) => a.slug)])).toEqual([
      ['anna-peeters', 'Anna Peeters', 'Correspondent', 'https://example.org/anna', ['middle', 'oldest']],
      ['ben-dupont', 'Ben Dupont', 'Live editor', undefined, ['newest', 'oldest']],
    ]);
  });
});

describe('resolveAuthor', () => {
  it('finds the name by id, and falls back to the id', () => {
    const names = new Map([['anna-peeters', 'Anna Peeters']]);
    expect(resolveAuthor('anna-peeters', names)).toEqual({ id: 'anna-peeters', name: 'Anna Peeters' });
    expect(resolveAuthor('nobody', names)).toEqual({ id: 'nobody', name: 'nobody' });
  });
});
