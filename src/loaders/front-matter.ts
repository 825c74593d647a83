import {
  LineCounter,
  isMap,
  isPair,
  isScalar,
  parseDocument,
  visit,
  type Document,
  type YAMLError,
} from 'yaml';
import { describeYamlError } from './yaml-errors.ts';

/** A Markdown file split into its YAML front matter (as plain data) and its body. */
export interface FrontMatter {
  data: Record<string, unknown>;
  body: string;
  /** 1-based line of a field in the file (e.g. "source.url"), or of the opening `---`. */
  lineOf(field: string): number;
}

export type FrontMatterResult =
  { ok: true; value: FrontMatter } | { ok: false; line: number; message: string };

const OPEN = /^---[ \t]*\r?\n/;
const CLOSE = /^---[ \t]*$/m;

/**
 * YAML is read with the core schema, so `2024-03-24` stays the text the editor
 * wrote instead of becoming a Date in the build machine's idea of UTC.
 */
export function parseFrontMatter(text: string): FrontMatterResult {
  if (text.trim() === '') {
    return {
      ok: false,
      line: 1,
      message: 'the file is empty; start it with front matter between two --- lines',
    };
  }
  const open = OPEN.exec(text);
  if (!open) {
    return {
      ok: false,
      line: 1,
      message: 'the file must start with front matter: a line "---", the fields, then another "---"',
    };
  }
  const rest = text.slice(open[0].length);
  const close = CLOSE.exec(rest);
  if (!close) {
    return {
      ok: false,
      line: 1,
      message: 'the front matter has no closing "---" line; add one after the last field',
    };
  }
  const yamlText = rest.slice(0, close.index);
  const body = rest.slice(close.index + close[0].length).replace(/^\r?\n/, '');
  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlText, { schema: 'core', uniqueKeys: true, lineCounter, prettyErrors: false });
  const firstLine = 2;
  if (doc.errors.length > 0) {
    const error = doc.errors[0]!;
    const yamlLine = lineCounter.linePos(errorStart(doc, error)).line;
    const lineText = yamlText.split('\n')[yamlLine - 1] ?? '';
    return { ok: false, line: firstLine + yamlLine - 1, message: describeYamlError(error, lineText) };
  }
  let data: unknown;
  try {
    data = doc.toJS() ?? {};
  } catch (error) {
    // yaml refuses to expand a "billion laughs" of aliases (*name) rather than exhaust memory.
    const reason = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      line: firstLine,
      message: `the front matter cannot be read (${reason}); write each value out instead of using &anchors and *aliases`,
    };
  }
  if (typeof data !== 'object' || Array.isArray(data) || data === null) {
    return { ok: false, line: firstLine, message: 'the front matter must be a list of "field: value" lines' };
  }
  const lineOf = (field: string): number => {
    let node: unknown = doc.contents;
    let line = 1;
    for (const key of field.split('.')) {
      if (!isMap(node)) break;
      const pair = node.items.find(
        (item) => isPair(item) && isScalar(item.key) && String(item.key.value) === key,
      );
      if (!pair || !isScalar(pair.key) || !pair.key.range) break;
      line = firstLine + (lineCounter.linePos(pair.key.range[0]).line - 1);
      node = pair.value;
    }
    return line;
  };
  return { ok: true, value: { data: data as Record<string, unknown>, body, lineOf } };
}

/** An unclosed quote is reported where the text ends: point at the quote that was opened instead. */
function errorStart(doc: Document, error: YAMLError): number {
  const [pos] = error.pos;
  if (error.code !== 'MISSING_CHAR') return pos;
  let start = pos;
  visit(doc, {
    Scalar(_key, node) {
      const quoted = node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE';
      if (quoted && node.range && node.range[0] < pos && node.range[1] >= pos) start = node.range[0];
    },
  });
  return start;
}
