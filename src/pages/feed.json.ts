import type { APIRoute } from 'astro';
import { loadArticles } from '../data/articles.ts';
import { jsonFeed, siteFeed } from '../data/feeds.ts';
import { absoluteUrl, paths } from '../model/site-url.ts';

/** Site-wide JSON Feed 1.1. */
export const GET: APIRoute = async ({ site }) => {
  const deploy = { site: site!, base: import.meta.env.BASE_URL };
  const feed = jsonFeed(
    await siteFeed(await loadArticles(), deploy),
    absoluteUrl(site!, deploy.base, paths.jsonFeed()),
  );
  return new Response(JSON.stringify(feed, null, 2), {
    headers: { 'Content-Type': 'application/feed+json' },
  });
};
