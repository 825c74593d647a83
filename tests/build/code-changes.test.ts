import { existsSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { articleSlug, writeCorpus } from '../../scripts/bench/corpus.ts';
import { renderedBodies } from '../helpers/build-log.ts';
import { makeTempSite, type TempSite } from '../helpers/temp-site.ts';

// What a build keeps in its cache (src/code-key.ts) is made again when the code that made it
// changes, even where the content did not: bodies rendered by the Markdown pipeline, cards drawn
// by src/images/. A copy of the project is changed between builds that keep one cache.
let site: TempSite;
const env = () => ({ ASTRO_CACHE_DIR: join(site.dir, '.cache') });
const article = () => join(site.distDir, 'articles', articleSlug(0));

/** Replaces `from` by `to` in a file of the copy; gives a function that puts it back. */
async function change(file: string, from: string, to: string): Promise<() => Promise<void>> {
  const path = join(site.dir, file);
  const code = await readFile(path, 'utf8');
  expect(code).toContain(from);
  await writeFile(path, code.replace(from, to));
  return () => writeFile(path, code);
}

async function build() {
  const result = await site.build(env());
  expect(result.code, result.output).toBe(0);
  return result.output;
}

beforeAll(async () => {
  site = await makeTempSite('code-changes', []);
  await writeCorpus(site.contentDir, { articles: 2, updates: 40, photos: 0, seed: 3 });
  await build();
});

afterAll(() => site?.cleanup());

it("a change to the Markdown pipeline's code renders every stored body again", async () => {
  const quotes = async () =>
    (await readFile(join(article(), 'index.html'), 'utf8')).match(/<blockquote>/g)?.length ?? 0;
  expect(renderedBodies(await build())).toEqual([]);
  const before = await quotes();
  // A plugin's code, not its options (which Astro's own config digest sees): every paragraph
  // becomes a quotation, which the corpus never writes.
  const restore = await change(
    'src/markdown/rehype-demote-headings.ts',
    '      if (levelOf(node)) headings.push(node);',
    "      if (node.tagName === 'p') node.tagName = 'blockquote';\n      if (levelOf(node)) headings.push(node);",
  );
  // The 80 updates (the log names a loader's renders when there are many: not the 2 articles').
  expect(renderedBodies(await build()).map(([rendered]) => rendered)).toEqual([80]);
  expect(await quotes()).toBeGreaterThan(before + 40);
  await restore();
  await build();
  expect(await quotes()).toBe(before);
});

it('a change to how cards are drawn draws the cached cards and social images again', async () => {
  const corner = async (file: string) => [...(await sharp(file).raw().toBuffer()).subarray(0, 3)];
  // The article's headline card and its updates' cards (headlined updates have one).
  const updates = join(article(), 'updates');
  const cards = (await readdir(updates))
    .map((id) => join(updates, id, 'og.png'))
    .filter((file) => existsSync(file));
  expect(cards.length).toBeGreaterThan(10);
  const images = [join(article(), 'og.png'), ...cards];
  const corners = async () => new Set((await Promise.all(images.map(corner))).map((c) => c.join()));
  expect(await corners()).toEqual(new Set(['11,87,164']));
  const restore = await change(
    'src/model/card-layout.ts',
    'export const CARD_ACCENT = [0x0b, 0x57, 0xa4] as const;',
    'export const CARD_ACCENT = [0x80, 0x10, 0x20] as const;',
  );
  await build();
  expect(await corners()).toEqual(new Set(['128,16,32']));
  await restore();
  await build();
  expect(await corners()).toEqual(new Set(['11,87,164']));
});
