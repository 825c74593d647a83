import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { loadArticles } from '../data/articles.ts';
import { rssOptions, siteFeed } from '../data/feeds.ts';

/** Site-wide RSS: every article, newest first. */
export const GET: APIRoute = async ({ site }) =>
  rss(rssOptions(await siteFeed(await loadArticles(), { site: site!, base: import.meta.env.BASE_URL })));
