import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { articleSlug, writeCorpus } from '../../scripts/bench/corpus.ts';
import { renderedBodies } from '../helpers/build-log.ts';
import { makeTempSite, type TempSite } from '../helpers/temp-site.ts';

// Markdown rendered in worker threads (src/loaders/render-pool.ts): a clean build starts
// them while it reads the content; a warm build, which renders nothing, never does, also
// on a site without authors or photos (their stores stay empty on every build).
let site: TempSite;
const env = () => ({ ASTRO_CACHE_DIR: join(site.dir, '.cache') });
const STARTED = /Rendering Markdown in \d+ worker threads while the content is read/;
beforeAll(async () => {
  site = await makeTempSite('render-workers', []);
  await writeCorpus(site.contentDir, { articles: 2, updates: 40, photos: 0, seed: 3 });
});

afterAll(() => site?.cleanup());

it('a clean build renders every body early in workers, a warm one starts none', async () => {
  const clean = await site.build(env());
  expect(clean.code, clean.output).toBe(0);
  expect(clean.output).toMatch(STARTED);
  // Articles, then updates: every body rendered, all of them begun while the content was read.
  expect(renderedBodies(clean.output).sort()).toEqual([
    [2, 2],
    [80, 80],
  ]);
  const warm = await site.build(env());
  expect(warm.code, warm.output).toBe(0);
  expect(warm.output).not.toMatch(STARTED);
  expect(renderedBodies(warm.output)).toEqual([]);
});

it("a change to the Markdown pipeline's code renders every stored body again (src/loaders/pipeline-key.ts)", async () => {
  const page = () => readFile(join(site.distDir, 'articles', articleSlug(0), 'index.html'), 'utf8');
  const quotes = (html: string) => html.match(/<blockquote>/g)?.length ?? 0;
  const warm = await site.build(env());
  expect(warm.code, warm.output).toBe(0);
  expect(renderedBodies(warm.output)).toEqual([]);
  const before = quotes(await page());
  // A plugin's code changes, not its options (which Astro's own config digest sees): every
  // paragraph becomes a quotation, something the corpus never writes.
  const plugin = join(site.dir, 'src/markdown/rehype-demote-headings.ts');
  const code = await readFile(plugin, 'utf8');
  const changed = code.replace(
    '      if (levelOf(node)) headings.push(node);',
    "      if (node.tagName === 'p') node.tagName = 'blockquote';\n      if (levelOf(node)) headings.push(node);",
  );
  expect(changed).not.toBe(code);
  await writeFile(plugin, changed);
  const after = await site.build(env());
  expect(after.code, after.output).toBe(0);
  // The 80 updates (the log names a loader's renders when there are many: not the 2 articles').
  expect(renderedBodies(after.output).map(([rendered]) => rendered)).toEqual([80]);
  expect(quotes(await page())).toBeGreaterThan(before + 40);
  // Back as it was: rendered again, and the page as before.
  await writeFile(plugin, code);
  const back = await site.build(env());
  expect(back.code, back.output).toBe(0);
  expect(quotes(await page())).toBe(before);
});
