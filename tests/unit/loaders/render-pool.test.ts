import { isUnifiedProcessor, unified, type MarkdownRenderer } from '@astrojs/markdown-remark';
import type { AstroConfig } from 'astro';
import { readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import config from '../../../astro.config.mjs';
import { createRandom } from '../../../scripts/bench/prng.ts';
import { makeBody } from '../../../scripts/bench/news-text.ts';
import { renderLikeContentLayer } from '../../../src/loaders/render-markdown.ts';
import {
  EarlyRenders,
  RenderPool,
  renderAll,
  renderInWorkers,
  WORKER_THRESHOLD,
  workerSettings,
  type MarkdownSource,
  type RendererSettings,
} from '../../../src/loaders/render-pool.ts';
import { PAYLOADS_FILE, type Payload } from '../../helpers/hostile-content.ts';
import { projectRoot } from '../../helpers/temp-site.ts';

// What Astro's resolved config holds for these settings (astro.config.mjs sets the processor
// and turns highlighting off; the rest are Astro's defaults).
const settings: RendererSettings = {
  image: { domains: [], remotePatterns: [] },
  syntaxHighlight: false,
  shikiConfig: { langs: [], theme: 'github-dark', themes: {}, wrap: false, transformers: [] },
  gfm: true,
  smartypants: true,
};

let renderer: MarkdownRenderer;

/** What the content layer's renderMarkdown does, with the processor astro.config.mjs gives Astro. */
const renderLikeAstro = (text: string, options?: { fileURL?: URL }) =>
  renderLikeContentLayer(renderer, text, options?.fileURL);

let sources: MarkdownSource[];

beforeAll(async () => {
  const processor = config.markdown?.processor;
  if (!processor || !isUnifiedProcessor(processor)) throw new Error('astro.config.mjs must select unified()');
  renderer = await processor.createRenderer(settings);
  const payloads = JSON.parse(await readFile(PAYLOADS_FILE, 'utf8')) as Payload[];
  const random = createRandom(7);
  const at = (name: string) => pathToFileURL(`/site/content/articles/story/updates/${name}`);
  sources = [
    ...payloads.map((p, i) => ({
      text: `---\ntitle: Hostile ${i}\n---\n\n${p.payload}\n`,
      fileURL: at(`h${i}.md`),
    })),
    ...Array.from({ length: 40 }, (_, i) => ({ text: makeBody(random, 3), fileURL: at(`n${i}.md`) })),
    {
      text: '# Heading\n\nText with a note.[^1] See [the heading](#heading).\n\n[^1]: The note.\n',
      fileURL: at('2024-03-24 Notes.md'),
    },
    {
      text: 'Intro.\n\n![A photo](./photo.jpg "Credit: Agency")\n',
      fileURL: pathToFileURL('/site/content/articles/story/index.md'),
    },
  ];
});

describe('Markdown render workers', () => {
  it('render every body exactly as Astro renders it on the main thread', async () => {
    const expected = await Promise.all(sources.map((s) => renderLikeAstro(s.text, { fileURL: s.fileURL })));
    const got = await renderInWorkers(sources, settings, 2);
    expect(got).toHaveLength(sources.length);
    got.forEach((result, i) => expect(result, sources[i]!.fileURL.href).toStrictEqual(expected[i]));
    // The file's own plugins ran: ids scoped by the file name, the photo made a slot.
    expect(got.at(-2)!.html).toContain('id="user-content-2024-03-24-notes-fn-1"');
    expect(got.at(-2)!.metadata?.headings?.[0]).toEqual({
      depth: 3,
      slug: 'user-content-2024-03-24-notes-heading',
      text: 'Heading',
    });
    expect(got.at(-1)!.html).toContain('<figure class="photo-slot" data-photo="0"></figure>');
  });

  it('report a body the renderer fails on', async () => {
    const broken = { text: 'text', fileURL: { href: 'not a URL' } as URL };
    await expect(renderInWorkers([sources[0]!, broken], settings, 2)).rejects.toThrow(/Invalid URL/);
  });
});

describe('a render pool in trouble', () => {
  const broken = { text: 'text', fileURL: { href: 'not a URL' } as URL };
  const uncaught: unknown[] = [];
  const onUncaught = (error: unknown) => uncaught.push(error);

  it("fails with the body's error when one of many fails, with replies still coming in", async () => {
    process.on('uncaughtException', onUncaught);
    try {
      const many = [...sources.slice(0, 30), broken, ...sources.slice(30, 60)];
      await expect(renderInWorkers(many, settings, 2)).rejects.toThrow(/Invalid URL/);
      await new Promise((r) => setTimeout(r, 300));
      expect(uncaught).toEqual([]);
    } finally {
      process.off('uncaughtException', onUncaught);
    }
  });

  it('fails every job still waiting when it is closed, and takes no more', async () => {
    const pool = new RenderPool(settings, 2);
    const pending = Promise.allSettled(sources.slice(0, 40).map((s) => pool.render(s)));
    await pool.close();
    const settled = await pending;
    // Nothing waits forever: whatever was not answered before the close failed.
    expect(settled.some((r) => r.status === 'rejected')).toBe(true);
    await expect(pool.render(sources[0]!)).rejects.toThrow(/closed/);
  });

  it('fails, instead of waiting forever, when its workers cannot start', async () => {
    const pool = new RenderPool(
      settings,
      2,
      pathToFileURL(`${projectRoot}/tests/fixtures/workers/failing-worker.mjs`),
    );
    await expect(pool.render(sources[0]!)).rejects.toThrow(/cannot start/);
    await expect(pool.render(sources[1]!)).rejects.toThrow(/cannot start/);
    // Once every worker is gone, a new job fails at once instead of waiting in the queue.
    await new Promise((r) => setTimeout(r, 200));
    await expect(pool.render(sources[2]!)).rejects.toThrow(/cannot start/);
    await pool.close();
  });
});

describe('renderAll', () => {
  const resolved = {
    markdown: { ...config.markdown, ...settings },
    image: settings.image,
  } as unknown as AstroConfig;

  it('renders few bodies on the main thread', async () => {
    const calls: string[] = [];
    const few = sources.slice(0, WORKER_THRESHOLD - 1);
    const results = await renderAll(few, resolved, async (text, options) => {
      calls.push(text);
      return renderLikeAstro(text, options);
    });
    expect(calls).toEqual(few.map((s) => s.text));
    expect(results.map((r) => r.html)).toEqual((await renderInWorkers(few, settings, 2)).map((r) => r.html));
  });

  it('sends many bodies to the workers, in order', async () => {
    const many = [...sources, ...sources].slice(0, WORKER_THRESHOLD + 10);
    let called = false;
    const results = await renderAll(
      many,
      resolved,
      (text, options) => {
        called = true;
        return renderLikeAstro(text, options);
      },
      2,
    );
    expect(called).toBe(false);
    const expected = await Promise.all(many.map((s) => renderLikeAstro(s.text, { fileURL: s.fileURL })));
    expect(results).toStrictEqual(expected);
  });

  it('renders again on the main thread a body a worker failed on', async () => {
    const broken = { text: 'broken', fileURL: { href: 'not a URL' } as URL };
    const many = [...sources.slice(0, WORKER_THRESHOLD), broken];
    const results = await renderAll(
      many,
      resolved,
      async (text, options) => (text === 'broken' ? { html: '<p>here</p>' } : renderLikeAstro(text, options)),
      2,
    );
    expect(results.at(-1)).toEqual({ html: '<p>here</p>' });
    expect(results[0]).toStrictEqual(await renderLikeAstro(many[0]!.text, { fileURL: many[0]!.fileURL }));
  });

  it('keeps the main thread for settings a worker cannot take', () => {
    const highlighted = {
      ...resolved,
      markdown: { ...resolved.markdown, syntaxHighlight: 'shiki' },
    } as AstroConfig;
    expect(workerSettings(highlighted)).toBeUndefined();
    // A processor with other plugins than the workers build theirs with.
    const other = { ...resolved, markdown: { ...resolved.markdown, processor: unified({}) } } as AstroConfig;
    expect(workerSettings(other)).toBeUndefined();
    expect(workerSettings(resolved)).toEqual(settings);
  });
});

describe('EarlyRenders', () => {
  const many = () =>
    Array.from({ length: WORKER_THRESHOLD + 4 }, (_, i) => ({
      path: `/site/content/articles/story/updates/u${i}.md`,
      text: sources[i % sources.length]!.text,
    }));

  it('render the files read so far once there are enough, each handed out once', async () => {
    const early = new EarlyRenders(settings, 2);
    const files = many();
    for (const file of files) early.add(file.path, file.text);
    early.finish();
    for (const file of files) {
      const begun = early.take(file.path, file.text);
      expect(begun, file.path).toBeDefined();
      expect(await begun).toStrictEqual(
        await renderLikeAstro(file.text, { fileURL: pathToFileURL(file.path) }),
      );
      expect(early.take(file.path, file.text)).toBeUndefined();
    }
  });

  it('hand out nothing for a file whose text changed since it was read', async () => {
    const early = new EarlyRenders(settings, 2);
    const files = many();
    for (const file of files) early.add(file.path, file.text);
    early.finish();
    expect(early.take(files[0]!.path, `${files[0]!.text}\nEdited.`)).toBeUndefined();
    await early.take(files[1]!.path, files[1]!.text);
  });

  it('start no worker for a small site', () => {
    let started = 0;
    const early = new EarlyRenders(settings, 2, () => started++);
    for (const file of many().slice(0, WORKER_THRESHOLD - 1)) early.add(file.path, file.text);
    early.finish();
    expect(early.take(many()[0]!.path, many()[0]!.text)).toBeUndefined();
    expect(started).toBe(0);
  });

  it('say when their workers start', async () => {
    let started = 0;
    const early = new EarlyRenders(settings, 2, () => started++);
    const files = many();
    for (const file of files) early.add(file.path, file.text);
    early.finish();
    expect(started).toBe(1);
    await Promise.all(files.map((f) => early.take(f.path, f.text)));
  });
});
