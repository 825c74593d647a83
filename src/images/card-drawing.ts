import sharp, { type OutputInfo } from 'sharp';
import { BAND_KEEPS, CARD_ACCENT, type CardLayout } from '../model/card-layout.ts';
import { palettePng, pngRowsIndex, pngRowsLength } from './palette-png.ts';
import { drawMask, textMask } from './text-mask.ts';

/** A photo cropped to the card, as raw RGB pixels. */
export type CardPhoto = { data: Buffer; info: OutputInfo };

/** The same with its rows from `bandTop` down darkened (bandedPhoto): what a card is drawn on. */
export type BandedPhoto = CardPhoto & { bandTop: number };

// A card over a photo is a JPEG: the photo is most of it, and encoding it as a PNG took 40 ms
// and 2 MB (a real photo; 13 ms and 230 KB for the bench's drawn one). No EXIF is written.
export const CARD_JPEG = { quality: 85 } as const;

/** Shades from the accent colour (index 0) to white (255): a card without a photo is its text's coverage. */
const ACCENT_TO_WHITE = Uint8Array.from({ length: 768 }, (_, i) => {
  const coverage = Math.floor(i / 3);
  const accent = CARD_ACCENT[i % 3]!;
  return Math.round(accent + ((255 - accent) * coverage) / 255);
});

/** A channel's value under the band. */
const IN_BAND = Uint8Array.from({ length: 256 }, (_, value) => Math.round(value * BAND_KEEPS));

/**
 * `photo` with the band under a card's text: its rows from `bandTop` down black at 72 %. A new
 * buffer: the cards of an article share it (src/images/update-card.ts keeps the last few), so
 * the band is darkened once per photo and layout, not once per card.
 */
export function bandedPhoto(photo: CardPhoto, bandTop: number): BandedPhoto {
  const data = Buffer.from(photo.data);
  for (let i = bandTop * photo.info.width * 3; i < data.length; i++) data[i] = IN_BAND[data[i]!]!;
  return { data, info: photo.info, bandTop };
}

/**
 * A card: a PNG of its texts in white over the accent colour, or a JPEG of them over `photo`
 * (already cropped to the card, its band darkened from `layout.bandTop`: bandedPhoto). sharp
 * writes no EXIF (so no GPS).
 *
 * Drawn from its parts rather than as one SVG: Pango sets each text (about 2 ms for a
 * headline, src/images/text-mask.ts), and the card without a photo is written as 256 shades
 * of the accent colour (src/images/palette-png.ts). That is 3 to 4 ms of CPU a card, against
 * 10 to 12 ms through librsvg (npm run bench:cards); a build can have thousands (issue 21).
 */
export async function drawCard(layout: CardLayout, photo?: BandedPhoto): Promise<Buffer> {
  if (photo && photo.bandTop !== layout.bandTop)
    throw new Error(
      `drawCard: the photo's band starts at row ${photo.bandTop}, the layout's at ${layout.bandTop}`,
    );
  const masks = await Promise.all(layout.texts.map(textMask));
  const { width, height } = layout;
  return withBuffer(pngRowsLength(width, height), async (data) => {
    const coverage = { data: data.fill(0), width, height };
    for (const mask of masks) drawMask(coverage, mask);
    if (!photo) {
      const rule = layout.rule!;
      for (let y = rule.y; y < rule.y + rule.height; y++) {
        const from = pngRowsIndex(coverage, rule.x, y);
        data.fill(255, from, from + rule.width);
      }
      return palettePng(coverage, ACCENT_TO_WHITE);
    }
    return withBuffer(photo.data.length, (pixels) => {
      photo.data.copy(pixels);
      // The text in white over the photo and its band, on the rows the texts cover (no ink elsewhere).
      const top = Math.max(0, Math.min(...masks.map((mask) => mask.top)));
      const bottom = Math.min(height, Math.max(...masks.map((mask) => mask.top + mask.height)));
      for (let y = top, i = top * width * 3; y < bottom; y++) {
        for (let p = pngRowsIndex(coverage, 0, y), end = p + width; p < end; p++, i += 3) {
          const ink = data[p]!;
          if (ink === 0) continue;
          for (let c = i; c < i + 3; c++)
            pixels[c] = pixels[c]! + Math.round(((255 - pixels[c]!) * ink) / 255);
        }
      }
      return sharp(pixels, { raw: photo.info }).jpeg(CARD_JPEG).toBuffer();
    });
  });
}

/**
 * Large buffers used again card after card. A new 1 to 2 MB buffer for each of thousands of
 * cards kept the build's main thread in garbage collection a fifth of the time.
 */
const spare = new Map<number, Buffer[]>();
const SPARE_EACH = 4;

async function withBuffer<T>(size: number, use: (buffer: Buffer) => Promise<T>): Promise<T> {
  let buffers = spare.get(size);
  if (!buffers) spare.set(size, (buffers = []));
  const buffer = buffers.pop() ?? Buffer.allocUnsafe(size);
  try {
    return await use(buffer);
  } finally {
    if (buffers.length < SPARE_EACH) buffers.push(buffer);
  }
}
