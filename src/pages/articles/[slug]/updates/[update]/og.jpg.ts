import type { APIRoute, GetStaticPaths } from 'astro';
import { devPermalinkPaths, type PermalinkEntry } from '../../../../../data/permalinks.ts';
import { updateCardResponse } from '../../../../../images/update-card.ts';

// An update's own card over the article's photo (a JPEG), for the dev server; og.png.ts has
// the cards without a photo and says how a build writes them all.
export const getStaticPaths = (async () => {
  if (import.meta.env.MODE !== 'development') return [];
  return (await devPermalinkPaths()).filter(({ props }) => props.entry.card?.file.endsWith('/og.jpg'));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  updateCardResponse((props as { entry: PermalinkEntry }).entry.card!.input);
