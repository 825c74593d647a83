import { wrapHeadline } from './headline-card.ts';

/** What a shared update's 1200 x 630 card shows (src/images/update-card.ts makes the PNG). */
export interface UpdateCardText {
  headline: string;
  /** The update's time as readers see it ("24 March 2024, 15:30 CET"). */
  time: string;
  articleTitle: string;
  siteName: string;
}

/** One block of white text on the card: its lines, set from `x` with the first line's baseline at `baseline`. */
export interface CardTextBlock {
  lines: string[];
  /** A Pango font list and style ("DejaVu Serif,Liberation Serif,serif Bold"), without the size. */
  font: string;
  /** In pixels. */
  size: number;
  x: number;
  baseline: number;
  /** From one baseline to the next, in pixels. */
  lineHeight: number;
}

export interface UpdateCardLayout {
  width: number;
  height: number;
  /** On the photo: the rows from `bandTop` down are darkened to 28 % so the text reads. */
  bandTop?: number;
  /** Without a photo: a white rule above the text, on the site's accent colour. */
  rule?: { x: number; y: number; width: number; height: number };
  texts: CardTextBlock[];
}

/** The site's accent colour, behind the text of a card without a photo. */
export const CARD_ACCENT = [0x0b, 0x57, 0xa4] as const;
/** How much of the photo shows through the band under the text (a black band at 72 % opacity). */
export const BAND_KEEPS = 0.28;

const SANS = 'DejaVu Sans,Liberation Sans,Arial,sans-serif';
const SERIF = 'DejaVu Serif,Liberation Serif,Georgia,serif';

/**
 * Where the card's texts go: the site and article name, the update's headline and its time,
 * bottom up from the time. On the article's photo (`onPhoto`) the text sits on a dark band over
 * the picture's lower part; without one, on the site's accent colour under a white rule.
 */
export function updateCardLayout(
  text: UpdateCardText,
  onPhoto: boolean,
  width = 1200,
  height = 630,
): UpdateCardLayout {
  const size = text.headline.length > 80 ? 46 : 56;
  const lines = wrapHeadline(text.headline, size === 46 ? 38 : 30, onPhoto ? 3 : 5);
  const lineHeight = Math.round(size * 1.2);
  const timeY = height - 60;
  const firstY = timeY - 64 - (lines.length - 1) * lineHeight;
  const articleY = firstY - size - 24;
  const [article] = wrapHeadline(`${text.siteName} · ${text.articleTitle}`, 60, 1);
  const block = (lines: string[], font: string, size: number, baseline: number): CardTextBlock => ({
    lines,
    font,
    size,
    x: 80,
    baseline,
    lineHeight: Math.round(size * 1.2),
  });
  return {
    width,
    height,
    ...(onPhoto ? { bandTop: articleY - 60 } : { rule: { x: 80, y: 60, width: 120, height: 8 } }),
    texts: [
      block([article!], `${SANS} Bold`, 28, articleY),
      { ...block(lines, `${SERIF} Bold`, size, firstY), lineHeight },
      block([text.time], SANS, 30, timeY),
    ],
  };
}
