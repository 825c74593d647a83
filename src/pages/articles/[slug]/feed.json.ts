import type { APIRoute, GetStaticPaths } from 'astro';
import { loadRenderedArticles } from '../../../data/articles.ts';
import { jsonFeed, updatesFeed } from '../../../data/feeds.ts';
import type { ArticleView } from '../../../model/article-view.ts';
import { absoluteUrl, paths } from '../../../model/site-url.ts';

/** JSON Feed 1.1 of one live article's updates. */
export const getStaticPaths = (async () =>
  (await loadRenderedArticles())
    .filter((article) => article.status)
    .map((article) => ({ params: { slug: article.slug }, props: { article } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site }) => {
  const { article } = props as { article: ArticleView };
  const deploy = { site: site!, base: import.meta.env.BASE_URL };
  const feed = jsonFeed(
    await updatesFeed(article, deploy),
    absoluteUrl(site!, deploy.base, paths.articleJsonFeed(article.slug)),
  );
  return new Response(JSON.stringify(feed, null, 2), {
    headers: { 'Content-Type': 'application/feed+json' },
  });
};
