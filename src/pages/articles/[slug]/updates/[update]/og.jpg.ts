import type { APIRoute, GetStaticPaths } from 'astro';
import { devPermalinkPaths, type PermalinkEntry } from '../../../../../data/permalinks.ts';
import { renderUpdateCard } from '../../../../../images/update-card.ts';

// An update's own card over the article's photo (a JPEG), for the dev server; og.png.ts has
// the cards without a photo and says how a build writes them all.
export const getStaticPaths = (async () => {
  if (import.meta.env.MODE !== 'development') return [];
  return (await devPermalinkPaths()).filter(({ props }) => props.entry.card?.file.endsWith('/og.jpg'));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { entry } = props as { entry: PermalinkEntry };
  const jpeg = await renderUpdateCard(entry.card!.input);
  return new Response(new Uint8Array(jpeg), { headers: { 'content-type': 'image/jpeg' } });
};
