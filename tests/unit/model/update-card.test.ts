import { describe, expect, test } from 'vitest';
import { updateCardLayout } from '../../../src/model/update-card.ts';

const text = {
  headline: 'Bridge closed',
  time: '24 March 2024, 15:30 CET',
  articleTitle: 'Storm hits the coast',
  siteName: 'Live News',
};

describe('updateCardLayout', () => {
  test('shows the site and the article, the headline and the time, top down, inside the card', () => {
    const layout = updateCardLayout(text, false);
    expect([layout.width, layout.height]).toEqual([1200, 630]);
    expect(layout.texts.map((t) => t.lines)).toEqual([
      ['Live News · Storm hits the coast'],
      ['Bridge closed'],
      ['24 March 2024, 15:30 CET'],
    ]);
    const baselines = layout.texts.map((t) => t.baseline);
    expect(baselines).toEqual([...baselines].sort((a, b) => a - b));
    expect(baselines.at(-1)).toBe(570);
    for (const t of layout.texts) expect(t.baseline - t.size).toBeGreaterThan(0);
  });

  test('a long headline takes several lines in a smaller size, and the text block grows upwards', () => {
    const long = updateCardLayout({ ...text, headline: 'word '.repeat(30).trim() }, false);
    const headline = long.texts[1]!;
    expect(headline.size).toBe(46);
    expect(headline.lines.length).toBe(5);
    expect(headline.lineHeight).toBe(55);
    // The last headline line stays above the time, whatever the number of lines.
    expect(headline.baseline + (headline.lines.length - 1) * headline.lineHeight).toBe(570 - 64);
  });

  test('on a photo, the text sits on a dark band (three lines at most) instead of under the accent rule', () => {
    const layout = updateCardLayout({ ...text, headline: 'word '.repeat(30).trim() }, true);
    expect(layout.rule).toBeUndefined();
    expect(layout.texts[1]!.lines.length).toBe(3);
    expect(layout.bandTop).toBe(layout.texts[0]!.baseline - 60);
    expect(updateCardLayout(text, false).bandTop).toBeUndefined();
  });
});
