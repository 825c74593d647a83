import type { APIRoute, GetStaticPaths } from 'astro';
import { loadRenderedArticles } from '../../../../../data/articles.ts';
import {
  devPermalinkPaths,
  startUpdateCardsOf,
  type PermalinkEntry,
} from '../../../../../data/permalinks.ts';
import { updateCardResponse } from '../../../../../images/update-card.ts';

// An update's own card without a photo (og.jpg.ts: over a photo), for the dev server: a
// build writes the cards with the permalink pages (src/integrations/permalinks.ts), not one
// route render each. A build lists every route's paths before it renders any page: the cards
// begin then, in the background (startUpdateCardsOf), and the integration takes them.
export const getStaticPaths = (async () => {
  // MODE, not DEV: a build run with NODE_ENV=test (vitest's children) has DEV true.
  if (import.meta.env.MODE !== 'development') {
    await startUpdateCardsOf(await loadRenderedArticles());
    return [];
  }
  return (await devPermalinkPaths()).filter(({ props }) => props.entry.card?.file.endsWith('/og.png'));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  updateCardResponse((props as { entry: PermalinkEntry }).entry.card!.input);
