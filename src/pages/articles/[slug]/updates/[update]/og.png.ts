import type { APIRoute, GetStaticPaths } from 'astro';
import { loadRenderedArticles } from '../../../../../data/articles.ts';
import {
  devPermalinkPaths,
  startPermalinkEntries,
  type PermalinkEntry,
} from '../../../../../data/permalinks.ts';
import { renderUpdateCard } from '../../../../../images/update-card.ts';

// An update's own card, for the dev server: a build writes the cards with the
// permalink pages (src/integrations/permalinks.ts), not one route render each. A build
// lists every route's paths before it renders any page: the permalink entries and their
// cards begin then, in the background, and permalinks.ndjson takes them.
export const getStaticPaths = (async () => {
  // MODE, not DEV: a build run with NODE_ENV=test (vitest's children) has DEV true.
  if (import.meta.env.MODE !== 'development') {
    const site = new URL(import.meta.env.SITE);
    startPermalinkEntries(await loadRenderedArticles(), import.meta.env.BASE_URL, site);
    return [];
  }
  return (await devPermalinkPaths()).filter(({ props }) => props.entry.card);
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { entry } = props as { entry: PermalinkEntry };
  const png = await renderUpdateCard(entry.card!.input);
  return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
};
