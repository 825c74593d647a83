import sharp from 'sharp';
import { escapeXml } from '../model/headline-card.ts';
import type { CardTextBlock } from '../model/card-layout.ts';
import { pngRowsIndex, type PngRows } from './palette-png.ts';
import { recentResult } from './recent-results.ts';

/** A text's coverage, one byte per pixel (0 none, 255 full), and where its top left corner goes. */
export interface TextMask {
  data: Buffer;
  width: number;
  height: number;
  left: number;
  top: number;
}

/**
 * libvips crops a rendered text to its ink, so where the baseline falls in the image depends on
 * the letters. A line above the text holds one full-height block drawn invisible (alpha 1 of
 * 65,535): the crop then starts at that line's top and its left edge, the same for any text.
 */
const STRUT = '<span alpha="1">█</span>';

async function renderLines(
  lines: readonly string[],
  font: string,
  size: number,
  spacing: number,
): Promise<{ data: Buffer; width: number; height: number }> {
  // Pango markup: every text is escaped, and control characters, which markup refuses, dropped.
  const body = lines.map((line) => escapeXml(line.replace(/\p{Cc}/gu, ''))).join('\n');
  const { data, info } = await sharp({
    text: { text: `${STRUT}\n${body}`, font: `${font} ${size}`, dpi: 72, rgba: true, spacing },
  })
    .extractChannel(3)
    .raw()
    .toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height };
}

/** The row under the last row with a pixel more than half covered. */
function inkBottom({ data, width, height }: { data: Buffer; width: number; height: number }): number {
  for (let y = height - 1; y >= 0; y--) {
    for (let x = y * width; x < (y + 1) * width; x++) if (data[x]! > 127) return y + 1;
  }
  return 0;
}

/**
 * Measured once per font, size and spacing on the fonts this machine has: the distance from the
 * image's top to the first line's baseline ("H" sits on it) and from one line to the next.
 */
const measured = new Map<string, Promise<{ baseline: number; pitch: number }>>();

function measure(font: string, size: number, spacing: number): Promise<{ baseline: number; pitch: number }> {
  const key = JSON.stringify([font, size, spacing]);
  let metrics = measured.get(key);
  if (!metrics) {
    metrics = Promise.all([
      renderLines(['H'], font, size, spacing),
      renderLines(['H', 'H'], font, size, spacing),
    ]).then(([one, two]) => ({ baseline: inkBottom(one), pitch: inkBottom(two) - inkBottom(one) }));
    // A measurement that fails is not kept: the next card tries again and reports its own error.
    metrics.catch(() => measured.delete(key));
    measured.set(key, metrics);
  }
  return metrics;
}

/** Renders a block of the card's text, with its lines `lineHeight` apart and its first baseline where the layout says. */
export async function textMask(block: CardTextBlock): Promise<TextMask> {
  let spacing = 0;
  if (block.lines.length > 1) spacing = block.lineHeight - (await measure(block.font, block.size, 0)).pitch;
  const { baseline } = await measure(block.font, block.size, spacing);
  const image = await recentText(block.lines, block.font, block.size, spacing);
  return { ...image, left: block.x, top: block.baseline - baseline };
}

/**
 * The last few texts set, by their lines, font, size and spacing: every card of an article
 * starts with the same line (the site and the article's name), and its cards are drawn one
 * after another, so that line is set once, not once a card. A mask is only ever read.
 */
const recent = new Map<string, ReturnType<typeof renderLines>>();
const RECENT_TEXTS = 8;

function recentText(lines: readonly string[], font: string, size: number, spacing: number) {
  const key = JSON.stringify([lines, font, size, spacing]);
  return recentResult(recent, key, RECENT_TEXTS, () => renderLines(lines, font, size, spacing));
}

/** Puts `mask` into `canvas`, keeping the larger coverage; what falls outside is cut. */
export function drawMask(canvas: PngRows, mask: TextMask): void {
  const { width, height } = canvas;
  const fromY = Math.max(0, -mask.top);
  const toY = Math.min(mask.height, height - mask.top);
  const fromX = Math.max(0, -mask.left);
  const toX = Math.min(mask.width, width - mask.left);
  for (let y = fromY; y < toY; y++) {
    const source = y * mask.width;
    const target = pngRowsIndex(canvas, mask.left, mask.top + y);
    for (let x = fromX; x < toX; x++) {
      const value = mask.data[source + x]!;
      if (value > canvas.data[target + x]!) canvas.data[target + x] = value;
    }
  }
}
