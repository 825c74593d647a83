import { describe, expect, it } from 'vitest';
import { parseCredit, summariseCredits } from '../../../src/model/photo-credit.ts';

describe('parseCredit', () => {
  it.each([
    ['Jane Doe/Reuters', { name: 'Jane Doe', agency: 'Reuters' }],
    ['Jane Doe / Reuters', { name: 'Jane Doe', agency: 'Reuters' }],
    ['Reuters', { name: 'Reuters' }],
    ['Jane Doe/', { name: 'Jane Doe' }],
    ['/Reuters', { name: 'Reuters' }],
    // Only the first slash separates: agencies may have one in their name.
    ['Jane Doe/AFP/Getty Images', { name: 'Jane Doe', agency: 'AFP/Getty Images' }],
    ['  Breaking Latest News  ', { name: 'Breaking Latest News' }],
  ])('%j', (credit, expected) => {
    expect(parseCredit(credit)).toEqual(expected);
  });
});

describe('summariseCredits', () => {
  it.each([
    [
      ['A/X', 'B/Y', 'A/X'],
      ['A/X', 'B/Y'],
    ],
    [['A/X', 'a/x'], ['A/X']],
    [[undefined, ' ', 'C'], ['C']],
    [[], []],
  ])('%j', (credits, expected) => {
    expect(summariseCredits(credits)).toEqual(expected);
  });
});
