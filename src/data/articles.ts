import { buildArticleView, splitUpdateEntryId, type ArticleView } from '../model/article-view.ts';
import { orderArticles } from '../model/order-articles.ts';
import { withPhotos } from '../model/article-photos.ts';
import { loadPhotos } from './photos.ts';
import { site } from '../site.ts';
import { isArticleRendered } from './publish-scope.ts';
import { contentVersion, loadCollection, replacedArticles } from './content.ts';

let views: { version: number; articles: Promise<ArticleView[]> } | undefined;
/**
 * The views of articles as the content store holds them, by slug. The store does not
 * change within a build, so after a publish (content.ts) only the articles it replaced
 * are worked out again: the others' views are the ones computed before.
 */
const storedViews = new Map<string, ArticleView>();
/**
 * The views of replaced articles, by their entries: an article published once stays
 * replaced, and its view stays the same object until it is published again (listing
 * pages that show only unchanged views are not rendered again, scripts/publisher/).
 */
const replacedViews = new WeakMap<object, ArticleView>();

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
    const replaced = replacedArticles();
    return orderArticles(
      articles.map((a) => {
        const entries = replaced.get(a.id);
        const known = entries ? replacedViews.get(entries) : storedViews.get(a.id);
        if (known) return known;
        const view = withPhotos(buildArticleView(a.id, a.data, byArticle.get(a.id) ?? [], settings), photos);
        if (entries) replacedViews.set(entries, view);
        else storedViews.set(a.id, view);
        return view;
      }),
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
