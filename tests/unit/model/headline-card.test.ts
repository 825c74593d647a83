import { describe, expect, it } from 'vitest';
import { escapeXml, headlineCardSvg, wrapHeadline } from '../../../src/model/headline-card.ts';

describe('wrapHeadline', () => {
  it.each([
    ['Short headline', 30, 5, ['Short headline']],
    [
      'At least 40 dead in shooting and fire in concert hall near Moscow',
      30,
      5,
      ['At least 40 dead in shooting', 'and fire in concert hall near', 'Moscow'],
    ],
    ['one two three four five six', 9, 2, ['one two', 'three…']],
    ['Supercalifragilisticexpialidocious word', 10, 3, ['Supercali…', 'word']],
    ['  spaced   out  ', 30, 5, ['spaced out']],
  ])('%j at %i chars, %i lines', (text, width, lines, expected) => {
    expect(wrapHeadline(text, width, lines)).toEqual(expected);
  });
});

describe('headlineCardSvg', () => {
  it('escapes the headline and the site name', () => {
    const svg = headlineCardSvg('<script>alert("x")</script> & </text><image href="http://evil/"/>', 'A & B');
    expect(svg).not.toContain('<script');
    expect(svg).not.toContain('<image');
    expect(svg).toContain('&#60;script&#62;');
    expect(svg).toContain('A &#38; B');
    expect(escapeXml(`<>&"'`)).toBe('&#60;&#62;&#38;&#34;&#39;');
  });

  it('is 1200 x 630', () => {
    expect(headlineCardSvg('Title', 'Site')).toMatch(/^<svg [^>]*width="1200" height="630"/);
  });
});
