// Between the update form and the file: what the form sent, and what a file holds.
import { parseFrontMatter } from '../../src/loaders/front-matter.ts';
import { removeField, setField } from '../../src/scaffold/front-matter-edit.ts';
import type { UpdateValues } from './update-form.ts';

export function valuesFromForm(form: URLSearchParams): UpdateValues {
  return {
    title: form.get('title')?.trim() ?? '',
    // Browsers send CRLF line ends from a textarea; files keep LF.
    body: (form.get('body') ?? '').replace(/\r\n?/g, '\n'),
    keyEvent: form.get('keyEvent') === 'true',
    pinned: form.get('pinned') === 'true',
    author: form.get('author') ?? '',
    correction: form.get('correction') ?? undefined,
    hash: form.get('hash') ?? undefined,
  };
}

export function valuesFromFile(
  text: string,
  hash: string,
): UpdateValues & { draft: boolean; retracted: boolean } {
  const parsed = parseFrontMatter(text);
  const data = parsed.ok ? parsed.value.data : {};
  const str = (v: unknown) => (typeof v === 'string' ? v : '');
  return {
    title: str(data.title),
    body: parsed.ok ? parsed.value.body.trim() : '',
    keyEvent: data.keyEvent === true,
    pinned: data.pinned === true,
    author: str(data.author),
    correction: str(data.correction),
    hash,
    draft: data.draft === true,
    retracted: data.retracted !== undefined,
  };
}

/** The file with the form's fields and text; every other byte of the front matter kept. */
export function applyValues(text: string, values: UpdateValues): string {
  let edited = text;
  const put = (key: string, value: string | undefined, after?: string) => {
    edited = value ? setField(edited, key, value, after) : removeField(edited, key);
  };
  put('title', values.title || undefined, 'time');
  put('author', values.author || undefined);
  for (const flag of ['keyEvent', 'pinned'] as const)
    edited = values[flag] ? setFlag(edited, flag) : removeField(edited, flag);
  return withBody(edited, values.body);
}

/** setField writes strings; a flag is the YAML boolean `true`. */
function setFlag(text: string, key: string): string {
  return setField(text, key, 'true').replace(new RegExp(`^${key}: ["']true["']`, 'm'), `${key}: true`);
}

/** Replaces what follows the front matter's closing fence. */
export function withBody(text: string, body: string): string {
  const close = /^---[ \t]*\r?\n[\s\S]*?^---[ \t]*$/m.exec(text);
  const head = close ? text.slice(0, close.index + close[0].length) : text;
  return `${head}\n\n${body.trim() ? `${body.trim()}\n` : ''}`;
}
