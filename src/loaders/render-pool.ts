import { availableParallelism } from 'node:os';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AstroMarkdownOptions } from '@astrojs/markdown-remark';
import type { AstroConfig } from 'astro';
import type { LoaderContext } from 'astro/loaders';
import Queue from 'yocto-queue';
import { markdownOptions } from '../markdown/pipeline.ts';
import type { RenderedContent } from './render-markdown.ts';

export type { RenderedContent };

/** One Markdown file to render: its text (front matter included) and where it lives. */
export interface MarkdownSource {
  text: string;
  fileURL: URL;
}

/** What the workers need to build the renderer Astro builds (see the content layer's #processMarkdown). */
export interface RendererSettings extends AstroMarkdownOptions {
  syntaxHighlight: false;
}

/**
 * Below this many bodies the main thread renders them itself: starting a worker
 * (loading unified and the plugins) costs more than it saves on a few files, such
 * as a publish or a change in the dev server.
 */
export const WORKER_THRESHOLD = 64;

/** Files sent to a worker at a time: few enough to share the work out evenly. */
const CHUNK = 8;

/** Workers for a machine: one per core, at most four. */
export const defaultThreads = () => Math.min(availableParallelism(), 4);

export class RenderError extends Error {
  override name = 'RenderError';
}

/**
 * Renders every body the way `context.renderMarkdown` does, in worker threads (one
 * per core) when there are many: Markdown is most of a clean build's content sync
 * and would otherwise keep one core busy while the other waits. Results come back
 * in the order of `sources`. Falls back to `renderHere` for few files, one core, or
 * settings a worker cannot take (syntax highlighting, whose options hold functions).
 */
export async function renderAll(
  sources: readonly MarkdownSource[],
  config: AstroConfig,
  renderHere: LoaderContext['renderMarkdown'],
  threads = defaultThreads(),
): Promise<RenderedContent[]> {
  const settings = workerSettings(config);
  const here = ({ text, fileURL }: MarkdownSource) => renderHere(text, { fileURL });
  if (sources.length < WORKER_THRESHOLD || threads < 2 || !settings) {
    const results: RenderedContent[] = [];
    for (const source of sources) results.push(await here(source));
    return results;
  }
  // A body a worker could not render is rendered again here: a broken body then fails
  // with Astro's own error, and a worker that died costs time, not the build.
  return renderInWorkers(sources, settings, threads, here);
}

/**
 * What the workers need, or undefined when they would not render as Astro does: syntax
 * highlighting (its options hold functions) or a processor other than the one built
 * from `markdownOptions` (the workers build theirs from those; plugins compared by name).
 */
export function workerSettings(config: AstroConfig): RendererSettings | undefined {
  const { markdown, image } = config;
  if (markdown.syntaxHighlight !== false || !sameProcessor(markdown.processor)) return undefined;
  const settings: RendererSettings = {
    image: { domains: image.domains, remotePatterns: image.remotePatterns },
    syntaxHighlight: false,
    shikiConfig: markdown.shikiConfig,
    gfm: markdown.gfm,
    smartypants: markdown.smartypants,
  };
  try {
    structuredClone(settings);
  } catch {
    return undefined;
  }
  return settings;
}

/**
 * Renders `sources` in a pool of `threads` workers, closed when they are done. With
 * `fallback`, a body a worker fails on is rendered by it instead (until one fails there too).
 */
export async function renderInWorkers(
  sources: readonly MarkdownSource[],
  settings: RendererSettings,
  threads: number,
  fallback?: (source: MarkdownSource) => Promise<RenderedContent>,
): Promise<RenderedContent[]> {
  const pool = new RenderPool(settings, threads);
  let failed = false;
  try {
    return await Promise.all(
      sources.map((source) =>
        pool
          .render(source)
          .catch((error: unknown) => (failed || !fallback ? Promise.reject(error) : fallback(source))),
      ),
    );
  } catch (error) {
    failed = true;
    throw error;
  } finally {
    await pool.close();
  }
}

function sameProcessor(processor: AstroConfig['markdown']['processor']): boolean {
  if (processor.name !== 'unified') return false;
  const options = processor.options as Partial<typeof markdownOptions>;
  const names = (plugins: readonly unknown[] = []) =>
    plugins.map((plugin) => ((Array.isArray(plugin) ? plugin[0] : plugin) as { name?: string })?.name).join();
  return (
    names(options.remarkPlugins) === names(markdownOptions.remarkPlugins) &&
    names(options.rehypePlugins) === names(markdownOptions.rehypePlugins) &&
    JSON.stringify(options.remarkRehype) === JSON.stringify(markdownOptions.remarkRehype) &&
    options.gfm === markdownOptions.gfm &&
    options.smartypants === markdownOptions.smartypants
  );
}

interface Job {
  index: number;
  text: string;
  fileURL: string;
  resolve: (result: RenderedContent) => void;
  reject: (error: Error) => void;
}

interface Reply {
  index: number;
  result?: RenderedContent;
  error?: { name: string; message: string; stack?: string };
}

/** Worker threads that render Markdown bodies sent one by one, in small chunks to whichever is free. */
export class RenderPool {
  /**
   * Jobs not sent yet. A clean build of a large archive reads far faster than it renders, so
   * this holds up to every file of the archive: a linked queue, since taking chunks off the
   * front of an array moves the rest each time (at 400,000 files that was 29 s of the sync).
   */
  readonly #queue = new Queue<Job>();
  readonly #idle: Worker[] = [];
  /** Jobs sent to each worker and not answered yet. */
  readonly #sent = new Map<Worker, Map<number, Job>>();
  #count = 0;
  /** Why no job can be taken any more: the pool was closed, or every worker is gone. */
  #stopped: Error | undefined;

  /** `workerFile` is for tests; the default is render-worker.ts. */
  constructor(
    settings: RendererSettings,
    threads: number,
    workerFile = new URL('./render-worker.ts', import.meta.url),
  ) {
    for (let i = 0; i < threads; i++) {
      const worker = new Worker(workerFile, { workerData: settings });
      this.#sent.set(worker, new Map());
      worker.on('message', (reply: Reply) => this.#answer(worker, reply));
      worker.on('error', (error) => this.#fail(worker, error));
      worker.on('exit', (code) =>
        this.#fail(worker, new RenderError(`A Markdown render worker stopped (exit code ${code}).`)),
      );
      this.#idle.push(worker);
    }
  }

  render({ text, fileURL }: MarkdownSource): Promise<RenderedContent> {
    if (this.#stopped) return Promise.reject(this.#stopped);
    return new Promise((resolve, reject) => {
      this.#queue.enqueue({ index: this.#count++, text, fileURL: fileURL.href, resolve, reject });
      this.#dispatch();
    });
  }

  /** Stops the workers; every job not answered yet fails. */
  async close(): Promise<void> {
    const closed = new RenderError('The Markdown render pool was closed.');
    this.#stopped ??= closed;
    const workers = [...this.#sent.keys()];
    for (const sent of this.#sent.values()) for (const job of sent.values()) job.reject(closed);
    for (const job of this.#queue.drain()) job.reject(closed);
    this.#sent.clear();
    this.#idle.length = 0;
    await Promise.all(workers.map((worker) => worker.terminate()));
  }

  #dispatch() {
    while (this.#idle.length > 0 && this.#queue.size > 0) {
      const worker = this.#idle.pop()!;
      const chunk: Job[] = [];
      while (chunk.length < CHUNK && this.#queue.size > 0) chunk.push(this.#queue.dequeue()!);
      const sent = this.#sent.get(worker)!;
      for (const job of chunk) sent.set(job.index, job);
      worker.postMessage(chunk.map(({ index, text, fileURL }) => ({ index, text, fileURL })));
    }
  }

  #answer(worker: Worker, { index, result, error }: Reply) {
    // A reply that arrives after close() or after its worker was given up on is dropped.
    const sent = this.#sent.get(worker);
    if (!sent) return;
    const job = sent.get(index);
    sent.delete(index);
    if (error) job?.reject(asError(error));
    else job?.resolve(result!);
    if (sent.size === 0) {
      this.#idle.push(worker);
      this.#dispatch();
    }
  }

  /** A worker that failed or stopped is gone: its jobs fail, and the queue's too when none is left. */
  #fail(worker: Worker, error: Error) {
    const sent = this.#sent.get(worker);
    if (!sent) return;
    for (const job of sent.values()) job.reject(error);
    this.#sent.delete(worker);
    const idle = this.#idle.indexOf(worker);
    if (idle !== -1) this.#idle.splice(idle, 1);
    if (this.#sent.size === 0) {
      this.#stopped ??= error;
      for (const job of this.#queue.drain()) job.reject(error);
    }
  }
}

function asError({ name, message, stack }: NonNullable<Reply['error']>): Error {
  const error = new Error(message);
  error.name = name;
  if (stack) error.stack = stack;
  return error;
}

/**
 * Bodies rendered while the content is still being read, for a sync that renders
 * every body anyway (an empty content store: a clean build, or the dev server's first
 * start without a cache): the workers render the files already read while the main
 * thread reads and checks the rest. Nothing starts before WORKER_THRESHOLD files
 * were read, so a small site never starts a worker.
 */
export class EarlyRenders {
  readonly #settings: RendererSettings;
  readonly #threads: number;
  readonly #onStart: (threads: number) => void;
  #pool: RenderPool | undefined;
  #waiting: { path: string; text: string }[] = [];
  readonly #renders = new Map<string, { text: string; rendered: Promise<RenderedContent> }>();

  /** Early renders for `config`, or undefined where workers cannot render (see workerSettings). */
  static for(
    config: AstroConfig,
    onStart: (threads: number) => void = () => undefined,
    threads = defaultThreads(),
  ): EarlyRenders | undefined {
    const settings = workerSettings(config);
    return settings && threads >= 2 ? new EarlyRenders(settings, threads, onStart) : undefined;
  }

  /** `onStart` is told when the workers start (once enough files were read). */
  constructor(
    settings: RendererSettings,
    threads: number,
    onStart: (threads: number) => void = () => undefined,
  ) {
    this.#settings = settings;
    this.#threads = threads;
    this.#onStart = onStart;
  }

  /** A Markdown file was read. */
  add(path: string, text: string): void {
    if (!this.#pool) {
      this.#waiting.push({ path, text });
      if (this.#waiting.length < WORKER_THRESHOLD) return;
      this.#pool = new RenderPool(this.#settings, this.#threads);
      this.#onStart(this.#threads);
      for (const waiting of this.#waiting.splice(0)) this.#start(waiting.path, waiting.text);
    } else this.#start(path, text);
  }

  /** The render of `path` begun early, if its text was the same; each is handed out once. */
  take(path: string, text: string): Promise<RenderedContent> | undefined {
    const early = this.#renders.get(path);
    if (early?.text !== text) return undefined;
    this.#renders.delete(path);
    return early.rendered;
  }

  /** No more files come: the workers stop once the renders begun are done. */
  finish(): void {
    this.#waiting = [];
    const pool = this.#pool;
    if (!pool) return;
    void Promise.allSettled([...this.#renders.values()].map((r) => r.rendered)).then(() => pool.close());
  }

  #start(path: string, text: string) {
    const rendered = this.#pool!.render({ text, fileURL: pathToFileURL(path) });
    // A failure is reported by whoever takes the render; one nobody takes is dropped.
    rendered.catch(() => undefined);
    this.#renders.set(path, { text, rendered });
  }
}
