import { createMarkdownProcessor, isUnifiedProcessor, type MarkdownRenderer } from '@astrojs/markdown-remark';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { beforeAll, describe, expect, it } from 'vitest';
import config from '../../../astro.config.mjs';
import { findMarkdownPhotos } from '../../../src/markdown/markdown-photos.ts';
import { PHOTO_SLOT_PATTERN } from '../../../src/markdown/remark-photos.ts';

let renderer: MarkdownRenderer;

beforeAll(async () => {
  // The processor and plugins the site builds with (astro.config.mjs).
  const processor = config.markdown?.processor;
  if (!processor || !isUnifiedProcessor(processor)) throw new Error('astro.config.mjs must select unified()');
  renderer = await createMarkdownProcessor({ ...processor.options, syntaxHighlight: false });
});

const render = async (markdown: string) =>
  (await renderer.render(markdown, { fileURL: new URL('file:///site/content/articles/a/index.md') })).code;
const slots = (html: string) => [...html.matchAll(PHOTO_SLOT_PATTERN)].map((m) => Number(m[1]));

describe('remark-photos through the site pipeline (sanitize last)', () => {
  it('turns a photo on its own line into a numbered slot, outside any paragraph', async () => {
    const html = await render(
      'Intro.\n\n![Smoke](smoke.jpg "Smoke rises | Photo: Jane Doe/Reuters")\n\nAfter.',
    );
    expect(html).toBe('<p>Intro.</p>\n<figure class="photo-slot" data-photo="0"></figure>\n<p>After.</p>');
  });

  it('numbers photos in document order, reference images and small galleries included', async () => {
    const html = await render(
      [
        '![a](1.jpg "Photo: A")',
        '',
        '![b](2.jpg "Photo: B")',
        '![c][ref]',
        '',
        '> ![d](4.jpg "Photo: D")',
        '',
        '[ref]: 3.jpg "Photo: C"',
      ].join('\n'),
    );
    expect(slots(html)).toEqual([0, 1, 2, 3]);
    expect(html).not.toContain('<p><figure');
    expect(html).not.toContain('<img');
  });

  it('leaves an image inside text alone (the content check rejects it before any build)', async () => {
    const html = await render('Text ![inline](x.jpg "Photo: A") text.\n\n![b](2.jpg "Photo: B")');
    expect(html).toContain('<p>Text <img');
    // Numbers stay those of findMarkdownPhotos: the inline image is number 0.
    expect(slots(html)).toEqual([1]);
  });

  it('lets no attribute but the slot number through a hand-written slot', async () => {
    const html = await render(
      '<figure class="photo-slot other" data-photo="0" data-x="1" onclick="alert(1)" id="x"></figure>',
    );
    expect(html).not.toMatch(/onclick|data-x|other/);
  });

  it('ignores images in code and references without a definition, as the reader does', async () => {
    const markdown =
      '    ![](code.jpg)\n\n`![](inline.jpg)`\n\n![missing][nowhere]\n\n![ok](ok.jpg "Photo: A")';
    expect(slots(await render(markdown))).toEqual([0]);
    expect(findMarkdownPhotos(fromMarkdown(markdown)).map((p) => p.url)).toEqual(['ok.jpg']);
  });
});

describe('findMarkdownPhotos', () => {
  it.each([
    ['![a](x.jpg)', true],
    ['![a](x.jpg)\n![b](y.jpg)', true],
    ['Text ![a](x.jpg)', false],
    ['[![a](x.jpg)](https://example.org)', false],
    ['# ![a](x.jpg)', false],
  ])('%j stands alone: %s', (markdown, standalone) => {
    const photos = findMarkdownPhotos(fromMarkdown(markdown));
    expect(photos.length).toBeGreaterThan(0);
    expect(photos[0]!.standalone).toBe(standalone);
  });

  it('reads url, alt, title and line, following reference definitions', () => {
    const photos = findMarkdownPhotos(fromMarkdown('Intro\n\n![Alt][r]\n\n[r]: lead.jpg "Cap | Photo: X"'));
    expect(photos.map(({ url, alt, title, line }) => ({ url, alt, title, line }))).toEqual([
      { url: 'lead.jpg', alt: 'Alt', title: 'Cap | Photo: X', line: 3 },
    ]);
  });
});
