import type { APIRoute } from 'astro';
import { loadArticles } from '../data/articles.ts';
import { lastmodScopes } from '../model/sitemap-lastmod.ts';

/**
 * Build-internal: the latest change under each part of the site, for the sitemap's
 * lastmod. src/integrations/sitemap.ts reads it after the build and deletes it, so it
 * is never deployed.
 */
export const GET: APIRoute = async () => Response.json(lastmodScopes(await loadArticles()));
