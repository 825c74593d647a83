/** Escapes text for SVG/XML content and attribute values. */
export function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Breaks a headline into at most `maxLines` lines of about `width` characters, ending with "…" if cut. */
export function wrapHeadline(text: string, width: number, maxLines: number): string[] {
  const lines: string[] = [];
  let line = '';
  const words = text.replace(/\s+/g, ' ').trim().split(' ');
  for (const word of words) {
    const next = line ? `${line} ${word}` : word;
    if (next.length <= width || !line) {
      line = next.length > width * 1.5 ? `${next.slice(0, width - 1)}…` : next;
      continue;
    }
    lines.push(line);
    line = word;
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = `${kept[maxLines - 1]!.replace(/[\s,.;:…]+$/, '')}…`;
  return kept;
}

/**
 * The social card for an article without a photo: site name and headline on
 * the site's accent colour, as SVG (sharp turns it into a PNG). Every text
 * is XML-escaped, so a headline cannot inject markup into the SVG.
 */
export function headlineCardSvg(title: string, siteName: string, width = 1200, height = 630): string {
  const long = title.length > 90;
  const size = long ? 52 : 64;
  const lines = wrapHeadline(title, long ? 38 : 30, long ? 6 : 5);
  const top = height / 2 - ((lines.length - 1) * size * 1.2) / 2 + size / 3;
  const tspans = lines
    .map((l, i) => `<tspan x="80" y="${Math.round(top + i * size * 1.2)}">${escapeXml(l)}</tspan>`)
    .join('');
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    `<rect width="100%" height="100%" fill="#0b57a4"/>`,
    `<rect x="80" y="60" width="120" height="8" fill="#ffffff"/>`,
    `<text x="80" y="120" font-family="DejaVu Sans, Liberation Sans, Arial, sans-serif" font-size="34" font-weight="bold" fill="#ffffff">${escapeXml(siteName)}</text>`,
    `<text font-family="DejaVu Serif, Liberation Serif, Georgia, serif" font-size="${size}" font-weight="bold" fill="#ffffff">${tspans}</text>`,
    `</svg>`,
  ].join('');
}
