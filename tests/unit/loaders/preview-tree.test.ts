import { describe, expect, it } from 'vitest';
import { withoutBrokenFiles } from '../../../src/loaders/preview-tree.ts';
import type { ContentTree } from '../../../src/loaders/read-content.ts';

const A = 'content/articles/a';
const B = 'content/articles/b';
const tree = {
  articles: [
    { file: `${A}/index.md`, slug: 'a' },
    { file: `${B}/index.md`, slug: 'b' },
  ],
  updates: [
    { file: `${A}/updates/ok.md`, article: 'a' },
    { file: `${A}/updates/bad.md`, article: 'a' },
    { file: `${B}/updates/ok.md`, article: 'b' },
  ],
  authors: [
    { file: 'content/authors/anna.md', id: 'anna' },
    { file: 'content/authors/typo.md', id: 'typo' },
  ],
  photos: [],
  problems: [
    { file: `${A}/updates/bad.md`, line: 2, field: 'time', message: 'x' },
    { file: `${B}/index.md`, line: 3, field: 'published', message: 'x' },
    { file: 'content/authors/typo.md', line: 2, field: 'name', message: 'x' },
  ],
  warnings: [{ file: `${A}/updates/ok.md`, line: 4, field: 'body', message: 'w' }],
} as unknown as ContentTree;

describe('withoutBrokenFiles (the dev server started on a mistake)', () => {
  it('leaves out each file with a problem, and the updates of an article whose index.md has one', () => {
    const shown = withoutBrokenFiles(tree);
    expect(shown.articles.map((a) => a.slug)).toEqual(['a']);
    expect(shown.updates.map((u) => u.file)).toEqual([`${A}/updates/ok.md`]);
    expect(shown.authors.map((a) => a.id)).toEqual(['anna']);
    expect(shown.problems).toEqual([]);
    expect(shown.warnings).toBe(tree.warnings);
  });

  it('leaves the tree it was given as it was (the banner lists its problems)', () => {
    withoutBrokenFiles(tree);
    expect(tree.problems).toHaveLength(3);
    expect(tree.updates).toHaveLength(3);
  });
});
