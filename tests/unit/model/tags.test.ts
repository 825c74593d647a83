import { describe, expect, test } from 'vitest';
import { groupByTag, tagSlug } from '../../../src/model/tags.ts';

test.each([
  ['Russia', 'russia'],
  ['Middle East', 'middle-east'],
  ['Zürich', 'zurich'],
  ['  Côte d’Ivoire ', 'cote-divoire'],
  ['!!!', ''],
])('tagSlug(%j) = %j', (name, slug) => expect(tagSlug(name)).toBe(slug));

describe('groupByTag', () => {
  const a = (slug: string, tags: string[]) => ({ slug, tags });
  test('topics by name; spellings differing in case share a page named as first written', () => {
    const groups = groupByTag([a('x', ['Russia', 'terrorism']), a('y', ['russia']), a('z', [])]);
    expect(groups.map((g) => [g.slug, g.name, g.articles.map((x) => x.slug)])).toEqual([
      ['russia', 'Russia', ['x', 'y']],
      ['terrorism', 'terrorism', ['x']],
    ]);
  });
  test('an article listing a topic twice appears once', () => {
    expect(groupByTag([a('x', ['Russia', 'RUSSIA'])])[0]!.articles).toHaveLength(1);
  });
});
