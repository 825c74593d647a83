import type { APIRoute } from 'astro';
import { loadRenderedArticles } from '../data/articles.ts';
import { loadPermalinkEntries } from '../data/permalinks.ts';

/**
 * Build-internal: the permalink page (file, what it says, card) of every update of the
 * articles this build renders (all but when publishing one). Read and
 * deleted by src/integrations/permalinks.ts after the build, so it is never deployed.
 */
export const GET: APIRoute = async ({ site }) =>
  Response.json(await loadPermalinkEntries(await loadRenderedArticles(), import.meta.env.BASE_URL, site!));
