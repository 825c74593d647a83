/**
 * Markdown shapes that no news copy needs and that make the Markdown and HTML
 * parsers take minutes or overflow the stack (nesting thousands deep, emphasis
 * or link brackets by the thousand in one paragraph). Refused up front, with a
 * sentence an editor can act on, so a pasted oddity cannot stall a build.
 */
export const MAX_QUOTE_DEPTH = 20;
export const MAX_INDENT_COLUMNS = 200;
export const MAX_HTML_DEPTH = 200;
export const MAX_MARKS_PER_PARAGRAPH = 1000;

/** HTML elements that never nest (void) or that the parser closes by itself when the next one opens. */
const NO_DEPTH = new Set(
  'area base br col embed hr img input link meta source track wbr p li dt dd tr td th option'.split(' '),
);

export interface Runaway {
  /** 1-based line of the file where the problem is (or starts). */
  line: number;
  message: string;
}

/** Why a Markdown file is refused, or undefined when it is fine. One linear pass per rule. */
export function findRunawayMarkdown(text: string): Runaway | undefined {
  const lines = text.split('\n');
  for (const [index, line] of lines.entries()) {
    const prefix = /^[ \t>]*/.exec(line)![0];
    const quotes = prefix.split('>').length - 1;
    if (quotes > MAX_QUOTE_DEPTH) {
      return {
        line: index + 1,
        message: `nests quotes ${quotes} deep; at most ${MAX_QUOTE_DEPTH} levels are allowed`,
      };
    }
    const indent = prefix.replace(/>/g, '').replace(/\t/g, '    ').length;
    if (indent > MAX_INDENT_COLUMNS) {
      return {
        line: index + 1,
        message: `is indented ${indent} spaces; at most ${MAX_INDENT_COLUMNS} are allowed`,
      };
    }
  }
  const lineAt = (offset: number) => text.slice(0, offset).split('\n').length;
  let depth = 0;
  for (const match of text.matchAll(/<(\/?)([a-zA-Z][a-zA-Z0-9-]*)/g)) {
    if (NO_DEPTH.has(match[2]!.toLowerCase())) continue;
    depth = match[1] ? Math.max(0, depth - 1) : depth + 1;
    if (depth > MAX_HTML_DEPTH) {
      return { line: lineAt(match.index), message: `nests HTML elements more than ${MAX_HTML_DEPTH} deep` };
    }
  }
  let offset = 0;
  for (const paragraph of text.split(/(?<=\n[ \t]*\n)/)) {
    const marks = paragraph.match(/[*_[\]]/g)?.length ?? 0;
    if (marks > MAX_MARKS_PER_PARAGRAPH) {
      return {
        line: lineAt(offset),
        message: `has a paragraph with ${marks} of the marks * _ [ ]; at most ${MAX_MARKS_PER_PARAGRAPH} are allowed`,
      };
    }
    offset += paragraph.length;
  }
  return undefined;
}
