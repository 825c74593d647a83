import { CARD_RULE, HEADLINE_FONT, LABEL_FONT, textBlock, type CardLayout } from './card-layout.ts';

/** Escapes text for XML (and Pango markup) content and attribute values. */
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
 * The social card for an article without a photo: the site name and the headline, centred
 * upright, on the site's accent colour under a white rule (src/images/card-drawing.ts draws it).
 */
export function headlineCardLayout(title: string, siteName: string, width = 1200, height = 630): CardLayout {
  const long = title.length > 90;
  const size = long ? 52 : 64;
  const lines = wrapHeadline(title, long ? 38 : 30, long ? 6 : 5);
  const lineHeight = Math.round(size * 1.2);
  const top = Math.round(height / 2 - ((lines.length - 1) * lineHeight) / 2 + size / 3);
  return {
    width,
    height,
    rule: CARD_RULE,
    texts: [
      textBlock([siteName], LABEL_FONT, 34, 120),
      textBlock(lines, HEADLINE_FONT, size, top, lineHeight),
    ],
  };
}
