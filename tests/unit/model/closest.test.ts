import { describe, expect, it } from 'vitest';
import { closestMatches } from '../../../src/model/closest.ts';

const updateKeys = ['time', 'title', 'author'];
const articleKeys = [
  'title',
  'published',
  'status',
  'summary',
  'byline',
  'photoCredit',
  'source',
  'timeZone',
];

describe('closestMatches', () => {
  it.each([
    // A swapped pair of letters is one slip: "titel" means title, not time.
    ['titel', updateKeys, ['title', 'time']],
    ['titel', articleKeys, ['title']],
    ['tiem', updateKeys, ['time']],
    ['autor', updateKeys, ['author']],
    ['Title', updateKeys, ['title', 'time']],
    ['publshed', articleKeys, ['published']],
    ['publised', articleKeys, ['published']],
    ['timezone', articleKeys, ['timeZone']],
    ['time_zone', articleKeys, ['timeZone']],
    ['photocredit', articleKeys, ['photoCredit']],
    ['photo', articleKeys, ['photoCredit']],
    ['sumary', articleKeys, ['summary']],
    ['staus', articleKeys, ['status']],
    ['ulr', ['name', 'url'], ['url']],
    ['nmae', ['name', 'url'], ['name']],
    ['zzzzzzzz', articleKeys, []],
    ['headline', articleKeys, []],
  ])('%j among the keys -> %j', (word, candidates, expected) => {
    expect(closestMatches(word, candidates)).toEqual(expected);
  });

  it('returns at most `limit` matches, nearest first', () => {
    expect(closestMatches('titel', updateKeys, 1)).toEqual(['title']);
    expect(closestMatches('ab', ['ab', 'abc', 'abcd', 'xabx'], 2)).toEqual(['ab', 'abc']);
  });
});
