import { expect, test } from 'vitest';
import { HEADLINE_FONT, LABEL_FONT, textBlock, TIME_FONT } from '../../../src/model/card-layout.ts';
import { textMask } from '../../../src/images/text-mask.ts';

const coverage = (mask: { data: Buffer }) => mask.data.reduce((sum, value) => sum + value, 0);

test('a text set again gives the same mask; the same lines in another size or font are set anew', async () => {
  const lines = ['Live News · Fire at the harbour'];
  const first = await textMask(textBlock(lines, LABEL_FONT, 28, 300));
  // The card of the next update of the article: the same line, placed where its layout says.
  const again = await textMask({ ...textBlock(lines, LABEL_FONT, 28, 320), x: 90 });
  expect(again.data.equals(first.data)).toBe(true);
  expect([again.left, again.top - first.top]).toEqual([90, 20]);

  const larger = await textMask(textBlock(lines, LABEL_FONT, 56, 300));
  expect(larger.height).toBeGreaterThan(first.height);
  expect(coverage(larger)).toBeGreaterThan(coverage(first));
  const serif = await textMask(textBlock(lines, HEADLINE_FONT, 28, 300));
  expect(serif.data.equals(first.data)).toBe(false);
  const regular = await textMask(textBlock(lines, TIME_FONT, 28, 300));
  expect(regular.data.equals(first.data)).toBe(false);
});
