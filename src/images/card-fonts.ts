import { createHash } from 'node:crypto';
import sharp from 'sharp';
import { CARD_FONTS } from '../model/card-layout.ts';

/** Letters of the scripts headlines are written in, Latin with its accents and Arabic among them. */
const SAMPLE = 'Ag 0123 ÄÉçñß «»–— Ωλ Жд مرحبا بكم שלום 東京 हिन्दी';

let key: Promise<string> | undefined;

/**
 * The fonts this machine sets the cards' texts in, as a key: the sample set in each of the
 * cards' fonts, hashed. Pango (through sharp) takes them from the system (fontconfig), which
 * the drawing code's key (card-code.ts) does not see: installing a font, or a CI runner with
 * other fonts, changes this key, so the cached cards are drawn again with those fonts rather
 * than kept with the old ones. Set once per thread (a card worker has its own), in a few ms.
 */
export function cardFontsKey(): Promise<string> {
  if (!key) {
    key = fontsKey();
    // One that failed is tried again, and the card that asked reports the error.
    key.catch(() => (key = undefined));
  }
  return key;
}

async function fontsKey(): Promise<string> {
  const hash = createHash('sha256');
  for (const font of CARD_FONTS) {
    const { data, info } = await sharp({ text: { text: SAMPLE, font: `${font} 24`, dpi: 72, rgba: true } })
      .raw()
      .toBuffer({ resolveWithObject: true });
    hash.update(`${font} ${info.width}x${info.height}x${info.channels}\n`).update(data);
  }
  return hash.digest('hex');
}
