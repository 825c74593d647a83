import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadRenderedArticles } from '../../../data/articles.ts';
import { rssOptions, updatesFeed } from '../../../data/feeds.ts';
import type { ArticleView } from '../../../model/article-view.ts';

/** RSS of one live article's updates (live and ended coverage only). */
export const getStaticPaths = (async () =>
  (await loadRenderedArticles())
    .filter((article) => article.status)
    .map((article) => ({ params: { slug: article.slug }, props: { article } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site }) =>
  rss(
    rssOptions(
      await updatesFeed((props as { article: ArticleView }).article, {
        site: site!,
        base: import.meta.env.BASE_URL,
      }),
    ),
  );
