/**
 * Pagefind's excerpt is escaped text with <mark> around the matches. It is split
 * into plain text parts here so the page can show it with textContent only: no
 * HTML from the index ever reaches innerHTML.
 */
export function excerptParts(excerpt: string): { text: string; mark: boolean }[] {
  return excerpt
    .split(/(<mark>.*?<\/mark>)/s)
    .filter((part) => part !== '')
    .map((part) => {
      const mark = part.startsWith('<mark>') && part.endsWith('</mark>');
      return { text: decodeEntities(mark ? part.slice(6, -7) : part), mark };
    });
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] !== '#') return NAMED[name.toLowerCase()] ?? whole;
    const code =
      name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}
