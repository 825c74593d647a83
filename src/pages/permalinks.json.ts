import type { APIRoute } from 'astro';
import { loadArticles } from '../data/articles.ts';
import { permalinkEntries } from '../data/permalinks.ts';

/**
 * Build-internal: every update's permalink page (file, title, target). Read and
 * deleted by src/integrations/permalinks.ts after the build, so it is never deployed.
 */
export const GET: APIRoute = async ({ site }) =>
  Response.json(permalinkEntries(await loadArticles(), import.meta.env.BASE_URL, site!));
