// A Markdown render worker (see render-pool.ts): builds the renderer Astro's content
// layer builds, from the same processor options, and renders what it is sent the way
// the content layer's renderMarkdown does.
import { parentPort, workerData } from 'node:worker_threads';
import { unified } from '@astrojs/markdown-remark';
import { markdownOptions } from '../markdown/pipeline.ts';
import { renderLikeContentLayer } from './render-markdown.ts';

const renderer = await unified(markdownOptions).createRenderer(workerData);

parentPort!.on('message', async (chunk: { index: number; text: string; fileURL: string }[]) => {
  for (const { index, text, fileURL } of chunk) {
    try {
      const result = await renderLikeContentLayer(renderer, text, new URL(fileURL));
      parentPort!.postMessage({ index, result });
    } catch (error) {
      const { name, message, stack } = error instanceof Error ? error : new Error(String(error));
      parentPort!.postMessage({ index, error: { name, message, stack } });
    }
  }
});
