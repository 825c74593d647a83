import { getCollection } from 'astro:content';
import { buildArticleView, splitUpdateEntryId, type ArticleView } from '../model/article-view.ts';
import { orderArticles } from '../model/order-articles.ts';
import { site } from '../site.ts';

let views: Promise<ArticleView[]> | undefined;

/** Every article as a view model, newest first; computed once per build. */
export function loadArticles(): Promise<ArticleView[]> {
  views ??= (async () => {
    const [articles, updates] = await Promise.all([getCollection('articles'), getCollection('updates')]);
    const byArticle = Map.groupBy(updates, (u) => splitUpdateEntryId(u.id).article);
    return orderArticles(
      articles.map((a) => buildArticleView(a.id, a.data, byArticle.get(a.id) ?? [], site)),
    );
  })();
  return views;
}
