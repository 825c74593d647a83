// Changes one top-level field of a Markdown file's front matter by splicing its text,
// so every other byte the editor wrote (comments, quotes, spacing, order) stays as it was.
// yaml's Document gives each field's place; re-serialising the Document would reformat it.
import { isMap, isPair, isScalar, parseDocument, stringify, type Pair } from 'yaml';
import { parseFrontMatter } from '../loaders/front-matter.ts';
import { ScaffoldError } from './new-files.ts';

const OPEN = /^---[ \t]*\r?\n/;
const CLOSE = /^---[ \t]*$/m;

interface Parts {
  head: string;
  yaml: string;
  tail: string;
  eol: string;
}

/** Sets `key` to `value` in place, or adds `key: value` on a new line after the field `after` (else last). */
export function setField(text: string, key: string, value: string, after?: string): string {
  return edit(text, (parts, pairs) => {
    const written = stringify(value, { schema: 'core', lineWidth: 0 }).trimEnd();
    const pair = pairs.get(key);
    if (pair) {
      const range = pair.value && isScalar(pair.value) ? pair.value.range : undefined;
      if (!range)
        throw new ScaffoldError(`${key}: is not a single value; write it on one line, then try again`);
      // `key:` with nothing after it has an empty value right after the colon.
      const gap = range[0] === range[1] ? ' ' : '';
      return splice(parts.yaml, range[0], range[1], gap + written);
    }
    const anchor = after === undefined ? undefined : pairs.get(after);
    const at = anchor ? endOfPair(parts.yaml, anchor) : parts.yaml.length;
    const before = at > 0 && !parts.yaml.slice(0, at).endsWith('\n') ? parts.eol : '';
    return splice(parts.yaml, at, at, `${before}${key}: ${written}${parts.eol}`);
  });
}

/** Removes the line(s) of the field `key`; a file without it is returned unchanged. */
export function removeField(text: string, key: string): string {
  return edit(text, (parts, pairs) => {
    const pair = pairs.get(key);
    return pair ? splice(parts.yaml, startOf(pair), endOfPair(parts.yaml, pair), '') : parts.yaml;
  });
}

function edit(text: string, change: (parts: Parts, pairs: Map<string, Pair>) => string): string {
  const checked = parseFrontMatter(text);
  if (!checked.ok)
    throw new ScaffoldError(`line ${checked.line}: ${checked.message}; fix it, then try again`);
  const parts = split(text);
  const doc = parseDocument(parts.yaml, { schema: 'core' });
  const pairs = new Map<string, Pair>();
  if (isMap(doc.contents)) {
    for (const item of doc.contents.items) {
      if (isPair(item) && isScalar(item.key)) pairs.set(String(item.key.value), item);
    }
  }
  return parts.head + change(parts, pairs) + parts.tail;
}

function split(text: string): Parts {
  // parseFrontMatter accepted the file, so both fences are there.
  const open = OPEN.exec(text)!;
  const rest = text.slice(open[0].length);
  const close = CLOSE.exec(rest)!;
  return {
    head: open[0],
    yaml: rest.slice(0, close.index),
    tail: rest.slice(close.index),
    eol: open[0].endsWith('\r\n') ? '\r\n' : '\n',
  };
}

function startOf(pair: Pair): number {
  return isScalar(pair.key) && pair.key.range ? pair.key.range[0] : 0;
}

/** Just after the end of the line where the field's value ends (its trailing comment included). */
function endOfPair(yaml: string, pair: Pair): number {
  const node = pair.value as { range?: [number, number, number] } | null;
  const valueEnd = node?.range ? node.range[1] : startOf(pair);
  const newline = yaml.indexOf('\n', Math.max(valueEnd - 1, startOf(pair)));
  return newline === -1 ? yaml.length : newline + 1;
}

function splice(text: string, from: number, to: number, insert: string): string {
  return text.slice(0, from) + insert + text.slice(to);
}
