/** Where the texts of a 1200 x 630 social card go (src/images/card-drawing.ts draws it). */

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

export interface CardLayout {
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
/** The site's (and article's) name above a headline. */
export const LABEL_FONT = `${SANS} Bold`;
export const HEADLINE_FONT = `${SERIF} Bold`;
export const TIME_FONT = SANS;
/** Every font a card sets text in: the cache key of src/images/card-fonts.ts sets a sample in each. */
export const CARD_FONTS = [LABEL_FONT, HEADLINE_FONT, TIME_FONT] as const;

/** A block of text set from x = 80, its lines 1.2 times their size apart unless told. */
export function textBlock(
  lines: string[],
  font: string,
  size: number,
  baseline: number,
  lineHeight = Math.round(size * 1.2),
): CardTextBlock {
  return { lines, font, size, x: 80, baseline, lineHeight };
}

/** The white rule in the top left corner of a card without a photo. */
export const CARD_RULE = { x: 80, y: 60, width: 120, height: 8 };
