import type { APIRoute } from 'astro';
import { loadRenderedArticles } from '../data/articles.ts';
import { loadPermalinkEntries } from '../data/permalinks.ts';

/**
 * Build-internal: the permalink page (file, what it says, card) of every update of the
 * articles this build renders (all but when publishing one), one JSON entry per line.
 * Read and deleted by src/integrations/permalinks.ts after the build, so it is never
 * deployed.
 *
 * Streamed, never one string: at 10,000 articles x 40 updates the list is about 400 MB,
 * close to the longest string V8 allows (about 536 million characters).
 */
export const GET: APIRoute = async ({ site }) => {
  const entries = await loadPermalinkEntries(await loadRenderedArticles(), import.meta.env.BASE_URL, site!);
  const encoder = new TextEncoder();
  let next = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      const end = Math.min(next + 256, entries.length);
      const lines = entries.slice(next, end).map((entry) => `${JSON.stringify(entry)}\n`);
      next = end;
      if (lines.length > 0) controller.enqueue(encoder.encode(lines.join('')));
      if (next >= entries.length) controller.close();
    },
  });
  return new Response(body, { headers: { 'content-type': 'application/x-ndjson' } });
};
