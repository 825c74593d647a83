import { getCollection } from 'astro:content';
import { buildArticleView, splitUpdateEntryId, type ArticleView } from '../model/article-view.ts';
import { orderArticles } from '../model/order-articles.ts';
import { withPhotos } from '../model/article-photos.ts';
import { loadPhotos } from './photos.ts';
import { site } from '../site.ts';

let views: Promise<ArticleView[]> | undefined;

/** Every article as a view model, newest first; computed once per build. */
export function loadArticles(): Promise<ArticleView[]> {
  views ??= (async () => {
    const [articles, updates, photos] = await Promise.all([
      getCollection('articles'),
      getCollection('updates'),
      loadPhotos(),
    ]);
    const byArticle = Map.groupBy(updates, (u) => splitUpdateEntryId(u.id).article);
    return orderArticles(
      articles.map((a) => withPhotos(buildArticleView(a.id, a.data, byArticle.get(a.id) ?? [], site), photos)),
    );
  })();
  return views;
}
