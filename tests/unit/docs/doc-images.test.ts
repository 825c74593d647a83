import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../helpers/temp-site.ts';

const docs = join(projectRoot, 'docs');
const SNAPSHOTS = 'tests/e2e/screenshots.spec.ts-snapshots';

/** Image paths a Markdown file shows: `![alt](path)` and `<img src="path">`. */
function imagesIn(text: string): string[] {
  const markdown = [...text.matchAll(/!\[[^\]]*\]\(([^)\s]+)\)/g)].map((m) => m[1]!);
  const html = [...text.matchAll(/<img\b[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]!);
  return [...markdown, ...html];
}

/** The images docs/reading.md and docs/reach.md show, resolved to project paths. */
function shownImages(file: string): string[] {
  const text = readFileSync(join(docs, file), 'utf8');
  return imagesIn(text).map((src) => resolve(dirname(join(docs, file)), src));
}

describe('screenshots shown in the docs', () => {
  it('finds both image forms', () => {
    expect(imagesIn('![a](x.png) <img alt="b" src="y.png" width="3">')).toEqual(['x.png', 'y.png']);
  });

  for (const file of ['reading.md', 'reach.md']) {
    it(`${file} shows reference screenshots, and every image it shows exists`, () => {
      const images = shownImages(file);
      expect(images.filter((path) => path.startsWith(join(projectRoot, SNAPSHOTS))).length).toBeGreaterThan(
        0,
      );
      expect(images.filter((path) => !existsSync(path))).toEqual([]);
    });
  }

  it('docs/reading.md shows each page of the screenshot tests at least once', () => {
    const shown = shownImages('reading.md').join('\n');
    const pages = new Set(
      readdirSync(join(projectRoot, SNAPSHOTS)).map((name) => name.split(/-(phone|desktop)-/)[0]),
    );
    expect([...pages].filter((page) => !shown.includes(`/${page}-`))).toEqual([]);
  });
});
