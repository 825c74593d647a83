import { describe, expect, test } from 'vitest';
import { updateCardSvg } from '../../../src/model/update-card.ts';

const text = {
  headline: 'Bridge closed',
  time: '24 March 2024, 15:30 CET',
  articleTitle: 'Storm hits the coast',
  siteName: 'Live News',
};

describe('updateCardSvg', () => {
  test('shows the site, the article, the headline and the time', () => {
    const svg = updateCardSvg(text, false);
    for (const part of ['Live News · Storm hits the coast', 'Bridge closed', '24 March 2024, 15:30 CET'])
      expect(svg).toContain(part);
    expect(svg).toContain('width="1200" height="630"');
    expect(svg).toContain('fill="#0b57a4"');
  });

  test('on a photo, the text sits on a dark band instead of the accent colour', () => {
    const svg = updateCardSvg(text, true);
    expect(svg).toContain('fill-opacity="0.72"');
    expect(svg).not.toContain('fill="#0b57a4"');
  });

  test('escapes every text, so a headline cannot add markup to the SVG', () => {
    const svg = updateCardSvg(
      {
        headline: '</text><script>alert(1)</script>',
        time: '"&',
        articleTitle: "<a x='1'>",
        siteName: 'S&S',
      },
      false,
    );
    expect(svg).not.toContain('<script');
    expect(svg).not.toContain("<a x='1'>");
    expect(svg).toContain('&#60;/text&#62;&#60;script&#62;');
    expect(svg).toContain('&#34;&#38;');
  });
});
