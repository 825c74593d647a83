import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { AstroMarkdownOptions } from '@astrojs/markdown-remark';
import type { AstroConfig } from 'astro';
import type { LoaderContext } from 'astro/loaders';

type RenderedContent = Awaited<ReturnType<LoaderContext['renderMarkdown']>>;

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
  threads = Math.min(availableParallelism(), 4),
): Promise<RenderedContent[]> {
  const settings = workerSettings(config);
  if (sources.length < WORKER_THRESHOLD || threads < 2 || !settings) {
    const results: RenderedContent[] = [];
    for (const { text, fileURL } of sources) results.push(await renderHere(text, { fileURL }));
    return results;
  }
  return renderInWorkers(sources, settings, threads);
}

export function workerSettings(config: AstroConfig): RendererSettings | undefined {
  const { markdown, image } = config;
  if (markdown.syntaxHighlight !== false || markdown.processor.name !== 'unified') return undefined;
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

interface Reply {
  index: number;
  result?: RenderedContent;
  error?: { name: string; message: string; stack?: string };
}

export async function renderInWorkers(
  sources: readonly MarkdownSource[],
  settings: RendererSettings,
  threads: number,
): Promise<RenderedContent[]> {
  const results = new Array<RenderedContent>(sources.length);
  const workerFile = new URL('./render-worker.ts', import.meta.url);
  const workers = Array.from({ length: threads }, () => new Worker(workerFile, { workerData: settings }));
  let next = 0;
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            let pending = 0;
            const send = () => {
              const chunk: { index: number; text: string; fileURL: string }[] = [];
              while (chunk.length < CHUNK && next < sources.length) {
                const index = next++;
                chunk.push({ index, text: sources[index]!.text, fileURL: sources[index]!.fileURL.href });
              }
              if (chunk.length === 0) return resolve();
              pending = chunk.length;
              worker.postMessage(chunk);
            };
            worker.on('message', (reply: Reply) => {
              if (reply.error) return reject(asError(reply.error));
              results[reply.index] = reply.result!;
              if (--pending === 0) send();
            });
            worker.on('error', reject);
            worker.on('exit', (code) => {
              if (pending > 0 || next < sources.length)
                reject(new RenderError(`A Markdown render worker stopped (exit code ${code}).`));
            });
            send();
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  return results;
}

function asError({ name, message, stack }: NonNullable<Reply['error']>): Error {
  const error = new Error(message);
  error.name = name;
  if (stack) error.stack = stack;
  return error;
}
