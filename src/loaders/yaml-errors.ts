import type { YAMLError } from 'yaml';

const CURLY_QUOTES = /[\u201C\u201D\u2018\u2019\u201E\u00AB\u00BB]/;
const FIELD_LINE = /^(\s*)([^\s:#][^:]*?):\s+(.*?)\s*$/;

/**
 * The YAML library's message in newsroom words, for the mistakes editors make: a colon
 * inside an unquoted headline, quotes pasted from a word processor, a field written twice.
 * `line` is the text of the line the error points at. Other errors keep the library's wording.
 */
export function describeYamlError(error: YAMLError, line: string): string {
  const field = FIELD_LINE.exec(line);
  if (CURLY_QUOTES.test(line)) {
    return 'the front matter holds curly quotes (“ ” or ‘ ’), often pasted from a word processor, which YAML does not read as quotes; type straight quotes " instead';
  }
  if (error.code === 'DUPLICATE_KEY' && field) {
    return `the field "${field[2]}" is written twice; keep only one of the two lines`;
  }
  if (error.code === 'BLOCK_AS_IMPLICIT_KEY' && field) {
    const [, indent, key, value] = field;
    const what = key === 'title' ? 'headline' : 'value';
    return `the ${what} holds a colon followed by a space, which YAML reads as another field; put the ${what} in double quotes: ${indent}${key}: "${value!.replace(/["\\]/g, '\\$&')}"`;
  }
  const reason = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
  return `the front matter is not valid YAML (${reason}); check quotes, colons and indentation`;
}
