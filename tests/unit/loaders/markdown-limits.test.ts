import { describe, expect, it } from 'vitest';
import {
  MAX_HTML_DEPTH,
  MAX_INDENT_COLUMNS,
  MAX_MARKS_PER_PARAGRAPH,
  MAX_QUOTE_DEPTH,
  findRunawayMarkdown,
} from '../../../src/loaders/markdown-limits.ts';

const FRONT = '---\ntime: 2024-03-24\n---\n';

describe('findRunawayMarkdown', () => {
  it.each([
    ['quotes nested too deep', FRONT + '>'.repeat(MAX_QUOTE_DEPTH + 1) + ' x', 4, /nests quotes 21 deep/],
    ['quotes with spaces between', FRONT + 'Intro\n\n' + '> '.repeat(50) + 'x', 6, /nests quotes 50 deep/],
    [
      'a list indented thousands of columns',
      FRONT + ' '.repeat(MAX_INDENT_COLUMNS + 1) + '- x',
      4,
      /indented 201 spaces/,
    ],
    ['tabs count as four columns', FRONT + '\t'.repeat(51) + '- x', 4, /indented 204 spaces/],
    [
      'HTML nested too deep',
      FRONT + 'a\n' + '<div>'.repeat(MAX_HTML_DEPTH + 1),
      5,
      /HTML elements more than 200 deep/,
    ],
    ['an emphasis bomb', FRONT + 'ok\n\n' + '*a'.repeat(MAX_MARKS_PER_PARAGRAPH + 1), 6, /1001 of the marks/],
    ['a bracket bomb', FRONT + 'ok\n\n' + '['.repeat(5000), 6, /5000 of the marks/],
  ])('refuses %s, pointing at its line', (_name, text, line, message) => {
    const found = findRunawayMarkdown(text);
    expect(found?.line).toBe(line);
    expect(found?.message).toMatch(message);
  });

  it.each([
    ['ordinary copy', FRONT + 'He said: *“never”*.\n\n> A quote\n>> nested\n\n- a\n  - b\n'],
    ['quotes at the limit', FRONT + '>'.repeat(MAX_QUOTE_DEPTH) + ' x'],
    ['many short paragraphs with emphasis', FRONT + '*a* _b_ [c](d)\n\n'.repeat(2000)],
    ['unclosed paragraphs and list items', FRONT + '<p>x'.repeat(1000) + '<li>y'.repeat(1000)],
    ['balanced HTML, long but shallow', FRONT + '<div><span>x</span></div>'.repeat(5000)],
  ])('accepts %s', (_name, text) => {
    expect(findRunawayMarkdown(text)).toBeUndefined();
  });
});
