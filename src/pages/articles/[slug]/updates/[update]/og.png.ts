import type { APIRoute, GetStaticPaths } from 'astro';
import { devPermalinkPaths, type PermalinkEntry } from '../../../../../data/permalinks.ts';
import { renderUpdateCard } from '../../../../../images/update-card.ts';

// An update's own card, for the dev server: a build writes the cards with the
// permalink pages (src/integrations/permalinks.ts), not one route render each.
export const getStaticPaths = (async () =>
  (await devPermalinkPaths()).filter(({ props }) => props.entry.card)) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { entry } = props as { entry: PermalinkEntry };
  const png = await renderUpdateCard(entry.card!.input);
  return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
};
