import { buildArticleView, splitUpdateEntryId, type ArticleView } from '../model/article-view.ts';
import { orderArticles } from '../model/order-articles.ts';
import { withPhotos } from '../model/article-photos.ts';
import { loadPhotos } from './photos.ts';
import { site } from '../site.ts';
import { isArticleRendered } from './publish-scope.ts';
import { contentVersion, loadCollection } from './content.ts';

let views: { version: number; articles: Promise<ArticleView[]> } | undefined;

/** Every article as a view model, newest first; computed once per build (and per publish, see content.ts). */
export function loadArticles(): Promise<ArticleView[]> {
  const version = contentVersion();
  if (views?.version === version) return views.articles;
  const articles = (async () => {
    const [articles, updates, authors, photos] = await Promise.all([
      loadCollection('articles'),
      loadCollection('updates'),
      loadCollection('authors'),
      loadPhotos(),
    ]);
    const byArticle = Map.groupBy(updates, (u) => splitUpdateEntryId(u.id).article);
    const settings = { ...site, authors: new Map(authors.map((a) => [a.id, a.data.name])) };
    return orderArticles(
      articles.map((a) =>
        withPhotos(buildArticleView(a.id, a.data, byArticle.get(a.id) ?? [], settings), photos),
      ),
    );
  })();
  views = { version, articles };
  return articles;
}

/**
 * The articles whose own pages (page, older pages, live page, feeds, social image)
 * this build renders: all of them, except when publishing one article (publish-scope.ts).
 */
export async function loadRenderedArticles(): Promise<ArticleView[]> {
  return (await loadArticles()).filter((article) => isArticleRendered(article.slug));
}
