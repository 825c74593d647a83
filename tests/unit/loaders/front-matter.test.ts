import { describe, expect, it } from 'vitest';
import { parseFrontMatter } from '../../../src/loaders/front-matter.ts';
import { formatProblem } from '../../../src/loaders/content-problem.ts';

describe('parseFrontMatter', () => {
  it('splits the fields from the body and keeps dates as text', () => {
    const result = parseFrontMatter('---\ntime: 2024-03-24\ntitle: Hello\n---\n\nBody **text**.\n');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.data).toEqual({ time: '2024-03-24', title: 'Hello' });
    expect(result.value.body).toBe('\nBody **text**.\n');
  });

  it.each([
    ['time: 2024-03-24T15:30:00+01:00', '2024-03-24T15:30:00+01:00'],
    ['time: 2024-03-24 15:30:00Z', '2024-03-24 15:30:00Z'],
    // YAML 1.1 would read these as booleans or sexagesimal numbers; the core schema keeps them.
    ['time: yes', 'yes'],
    ['time: 12:30', '12:30'],
  ])('reads %j as text', (line, value) => {
    const result = parseFrontMatter(`---\n${line}\n---\n`);
    expect(result.ok && result.value.data.time).toBe(value);
  });

  it('gives the line of each field, nested ones included', () => {
    const text =
      '---\ntitle: T\n\npublished: 2024-03-24\nsource:\n  name: B\n  url: https://example.org/\n---\n';
    const result = parseFrontMatter(text);
    if (!result.ok) throw new Error(result.message);
    expect(
      ['title', 'published', 'source', 'source.name', 'source.url', 'missing'].map(result.value.lineOf),
    ).toEqual([2, 4, 5, 6, 7, 1]);
  });

  it('counts lines from the top of the file when the front matter uses CRLF', () => {
    const result = parseFrontMatter('---\r\ntitle: T\r\npublished: 2024-03-24\r\n---\r\nBody\r\n');
    if (!result.ok) throw new Error(result.message);
    expect(result.value.lineOf('published')).toBe(3);
    expect(result.value.body).toBe('Body\r\n');
  });

  it('treats empty front matter as no fields', () => {
    const result = parseFrontMatter('---\n---\nBody\n');
    expect(result.ok && result.value.data).toEqual({});
  });

  it.each([
    ['an unclosed quote', '---\ntime: 2024-03-24\ntitle: "Hello\n---\n', 3],
    ['an unclosed quote before other fields', "---\ntitle: 'Hello\ntime: 2024-03-24\nauthor: x\n---\n", 2],
    ['a tab before a key', '---\ntime: 2024-03-24\n\ttitle: x\n---\n', 3],
    [
      'a missing space after the colon in a nested map',
      '---\ntime: 2024-03-24\nsource:\n  name:B\n url: x\n---\n',
      4,
    ],
  ])('reports invalid YAML (%s) on the line where it goes wrong', (_name, text, line) => {
    const result = parseFrontMatter(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.line).toBe(line);
    expect(result.message).toMatch(
      /^the front matter is not valid YAML \(.+\); check quotes, colons and indentation$/,
    );
    // The YAML library's own position text is dropped: the line is in the path:line prefix.
    expect(result.message).not.toMatch(/at line \d+/);
  });
});

describe('parseFrontMatter says YAML mistakes in newsroom words (issue 17)', () => {
  it.each([
    [
      'a colon in an unquoted headline',
      '---\ntime: 2024-03-24\ntitle: Breaking: fire in the hall\n---\n',
      3,
      'the headline holds a colon followed by a space, which YAML reads as another field; put the headline in double quotes: title: "Breaking: fire in the hall"',
    ],
    [
      'a colon in another value, with quotes inside',
      '---\ntitle: T\nsummary: He said "no": talks over\n---\n',
      3,
      'the value holds a colon followed by a space, which YAML reads as another field; put the value in double quotes: summary: "He said \\"no\\": talks over"',
    ],
    [
      'curly quotes pasted from a word processor',
      '---\ntime: 2024-03-24\ntitle: \u201cBreaking: fire\u201d\n---\n',
      3,
      'the front matter holds curly quotes (\u201c \u201d or \u2018 \u2019), often pasted from a word processor, which YAML does not read as quotes; type straight quotes " instead',
    ],
    [
      'a field written twice',
      '---\ntime: 2024-03-24\ntitle: a\ntitle: b\n---\n',
      4,
      'the field "title" is written twice; keep only one of the two lines',
    ],
  ])('%s', (_name, text, line, message) => {
    expect(parseFrontMatter(text)).toEqual({ ok: false, line, message });
  });
});

describe('formatProblem', () => {
  it('writes path:line: field: message', () => {
    expect(
      formatProblem({
        file: 'content/articles/a/updates/x.md',
        line: 3,
        field: 'time',
        message: 'is required',
      }),
    ).toBe('content/articles/a/updates/x.md:3: time: is required');
  });
});
