import { describe, expect, it } from 'vitest';
import { escapeXml, headlineCardLayout, wrapHeadline } from '../../../src/model/headline-card.ts';

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

describe('escapeXml', () => {
  it('escapes what markup (XML, Pango) reads as markup', () => {
    expect(escapeXml(`<>&"'`)).toBe('&#60;&#62;&#38;&#34;&#39;');
  });
});

describe('headlineCardLayout', () => {
  it('sets the site name under the rule and the headline, centred upright, on a 1200 x 630 card', () => {
    const layout = headlineCardLayout('Storm hits the coast', 'Live News');
    expect([layout.width, layout.height, layout.bandTop]).toEqual([1200, 630, undefined]);
    expect(layout.rule).toBeDefined();
    expect(layout.texts.map((t) => t.lines)).toEqual([['Live News'], ['Storm hits the coast']]);
    const [site, headline] = layout.texts;
    expect(site!.baseline).toBe(120);
    expect(headline!.baseline).toBe(Math.round(315 + 64 / 3));
  });

  it('a long headline takes more lines in a smaller size, centred around the middle', () => {
    const layout = headlineCardLayout('word '.repeat(40).trim(), 'Live News');
    const headline = layout.texts[1]!;
    expect(headline.size).toBe(52);
    expect(headline.lines.length).toBe(6);
    const middle = headline.baseline + ((headline.lines.length - 1) * headline.lineHeight) / 2;
    expect(Math.abs(middle - (315 + 52 / 3))).toBeLessThanOrEqual(1);
  });
});
