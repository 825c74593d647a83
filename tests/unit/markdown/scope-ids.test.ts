import { pathToFileURL } from 'node:url';
import { createMarkdownProcessor, isUnifiedProcessor, type MarkdownRenderer } from '@astrojs/markdown-remark';
import { beforeAll, describe, expect, it } from 'vitest';
import config from '../../../astro.config.mjs';
import { idScopeOf } from '../../../src/markdown/rehype-scope-ids.ts';

let renderer: MarkdownRenderer;

beforeAll(async () => {
  const processor = config.markdown?.processor;
  if (!processor || !isUnifiedProcessor(processor)) throw new Error('astro.config.mjs must select unified()');
  renderer = await createMarkdownProcessor({ ...processor.options, syntaxHighlight: false });
});

const FILE = '/site/content/articles/quake/updates/2024-03-24-expert.md';
const render = async (markdown: string, path?: string) =>
  (await renderer.render(markdown, path ? { fileURL: pathToFileURL(path) } : undefined)).code;

const idsOf = (html: string) => [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!);
const hrefsOf = (html: string) => [...html.matchAll(/\shref="#([^"]+)"/g)].map((m) => m[1]!);

describe('ids in a body are scoped by its file and links to them keep working', () => {
  it.each([
    ['/x/articles/a/updates/2024-03-24 Expert.md', '2024-03-24-expert'],
    ['/x/articles/a/index.md', 'article'],
    // The same folding as the update's id, so two files with different ids never share a scope.
    ['/x/articles/a/updates/Zürich.md', 'zurich'],
    ['/x/articles/a/updates/Z rich.md', 'z-rich'],
    ['/x/articles/a/updates/article.md', 'update-article'],
    [undefined, ''],
  ])('scope of %s is "%s"', (path, scope) => {
    expect(idScopeOf(path)).toBe(scope);
  });

  it('gives footnotes single-prefixed, file-scoped ids that their links and aria references point at', async () => {
    const html = await render('Claim[^1].\n\n[^1]: Source note.', FILE);
    const ids = idsOf(html);
    expect(ids).toContain('user-content-2024-03-24-expert-fn-1');
    expect(ids).toContain('user-content-2024-03-24-expert-fnref-1');
    expect(ids.some((id) => id.includes('user-content-user-content'))).toBe(false);
    for (const target of hrefsOf(html)) expect(ids).toContain(target);
    const describedBy = /aria-describedby="([^"]+)"/.exec(html)?.[1];
    expect(ids).toContain(describedBy);
  });

  it('keeps two updates on one page apart', async () => {
    const one = idsOf(await render('## Reaction\n\nA[^1].\n\n[^1]: x', FILE));
    const two = idsOf(await render('## Reaction\n\nB[^1].\n\n[^1]: y', FILE.replace('expert', 'later')));
    expect(one.filter((id) => two.includes(id))).toEqual([]);
  });

  it('leaves links to ids outside the body alone (update permalinks, other pages)', async () => {
    const html = await render(
      'See [the earlier update](#update-2024-03-24-first) and [x](/articles/a/#b).',
      FILE,
    );
    expect(html).toContain('href="#update-2024-03-24-first"');
    expect(html).toContain('href="/articles/a/#b"');
  });

  it('links to a heading of the same body by its final id', async () => {
    const html = await render('## Background\n\nSee [above](#background).', FILE);
    expect(html).toContain('<h3 id="user-content-2024-03-24-expert-background">Background</h3>');
    expect(html).toContain('href="#user-content-2024-03-24-expert-background"');
  });
});
