import type { APIRoute } from 'astro';
import { absoluteUrl, paths } from '../model/site-url.ts';

/**
 * robots.txt naming both sitemaps with absolute URLs. Crawlers only read it at the
 * host's root: under a base path, copy it there (or add the Sitemap lines to the host's own).
 */
export const GET: APIRoute = ({ site }) => {
  const url = (path: string) => absoluteUrl(site!, import.meta.env.BASE_URL, path);
  const body = [
    'User-agent: *',
    'Allow: /',
    '',
    `Sitemap: ${url(paths.sitemapIndex())}`,
    `Sitemap: ${url(paths.newsSitemap())}`,
    '',
  ].join('\n');
  return new Response(body, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
