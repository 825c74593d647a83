/** What an editor wrote in a Markdown image's title: `"Caption | Photo: Name/Agency"`. */
export interface PhotoTitle {
  caption?: string;
  /** Text after "Photo:", e.g. "Jane Doe/Reuters"; undefined when missing. */
  credit?: string;
  /** The title contains the keyword `decorative`: no alt text needed. */
  decorative: boolean;
}

const CREDIT = /^photos?\s*:\s*(.*)$/is;

/**
 * Splits a Markdown image title on `|`: a part starting with "Photo:" is the
 * credit, a part that is just `decorative` marks a decorative image, and the
 * rest (rejoined) is the caption. Editors never need HTML for a captioned photo.
 */
export function parsePhotoTitle(title: string | null | undefined): PhotoTitle {
  let credit: string | undefined;
  let decorative = false;
  const caption: string[] = [];
  for (const part of (title ?? '').split('|').map((p) => p.trim())) {
    if (part === '') continue;
    const match = CREDIT.exec(part);
    if (match) credit = match[1]!.trim() || undefined;
    else if (part.toLowerCase() === 'decorative') decorative = true;
    else caption.push(part);
  }
  return { caption: caption.length > 0 ? caption.join(' | ') : undefined, credit, decorative };
}
