import { escapeXml, wrapHeadline } from './headline-card.ts';

/** What a shared update's 1200 x 630 card shows (src/images/update-card.ts makes the PNG). */
export interface UpdateCardText {
  headline: string;
  /** The update's time as readers see it ("24 March 2024, 15:30 CET"). */
  time: string;
  articleTitle: string;
  siteName: string;
}

const SANS = 'DejaVu Sans, Liberation Sans, Arial, sans-serif';
const SERIF = 'DejaVu Serif, Liberation Serif, Georgia, serif';

/**
 * The card as SVG: the site and article name, the update's headline and its time.
 * On the article's photo (`onPhoto`) the text sits on a dark band over the picture's
 * lower part; without one, on the site's accent colour. Every text is XML-escaped.
 */
export function updateCardSvg(text: UpdateCardText, onPhoto: boolean, width = 1200, height = 630): string {
  const size = text.headline.length > 80 ? 46 : 56;
  const lines = wrapHeadline(text.headline, size === 46 ? 38 : 30, onPhoto ? 3 : 5);
  const lineHeight = Math.round(size * 1.2);
  const timeY = height - 60;
  const firstY = timeY - 64 - (lines.length - 1) * lineHeight;
  const articleY = firstY - size - 24;
  const band = onPhoto
    ? `<rect y="${articleY - 60}" width="${width}" height="${height - articleY + 60}" fill="#000000" fill-opacity="0.72"/>`
    : `<rect width="100%" height="100%" fill="#0b57a4"/><rect x="80" y="60" width="120" height="8" fill="#ffffff"/>`;
  const tspans = lines
    .map((l, i) => `<tspan x="80" y="${firstY + i * lineHeight}">${escapeXml(l)}</tspan>`)
    .join('');
  const [article] = wrapHeadline(`${text.siteName} · ${text.articleTitle}`, 60, 1);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    band,
    `<text x="80" y="${articleY}" font-family="${SANS}" font-size="28" font-weight="bold" fill="#ffffff">${escapeXml(article!)}</text>`,
    `<text font-family="${SERIF}" font-size="${size}" font-weight="bold" fill="#ffffff">${tspans}</text>`,
    `<text x="80" y="${timeY}" font-family="${SANS}" font-size="30" fill="#ffffff">${escapeXml(text.time)}</text>`,
    `</svg>`,
  ].join('');
}
