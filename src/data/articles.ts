import { buildArticleView, splitUpdateEntryId, type ArticleView } from '../model/article-view.ts';
import { orderArticles } from '../model/order-articles.ts';
import { withPhotos } from '../model/article-photos.ts';
import { loadPhotos } from './photos.ts';
import { site } from '../site.ts';
import { articleRendered } from './publish-scope.ts';
import type { CollectionEntry } from 'astro:content';
import { contentVersion, loadCollection, loadReplacedUpdates, replacedArticles } from './content.ts';

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
    const [articles, authors, photos] = await Promise.all([
      loadCollection('articles'),
      loadCollection('authors'),
      loadPhotos(),
    ]);
    const replaced = replacedArticles();
    const known = (slug: string) => {
      const entries = replaced.get(slug);
      return entries ? replacedViews.get(entries) : storedViews.get(slug);
    };
    const updatesOf = await updatesFor(articles.filter((a) => !known(a.id)).map((a) => a.id));
    const settings = { ...site, authors: new Map(authors.map((a) => [a.id, a.data.name])) };
    // By article, so each view looks through its own photos, not the archive's.
    const photosOf = Map.groupBy(photos, (photo) => photo.article);
    return orderArticles(
      articles.map((a) => {
        const view = known(a.id);
        if (view) return view;
        const made = withPhotos(
          buildArticleView(a.id, a.data, updatesOf(a.id), settings),
          photosOf.get(a.id) ?? [],
        );
        const entries = replaced.get(a.id);
        if (entries) replacedViews.set(entries, made);
        else storedViews.set(a.id, made);
        return made;
      }),
    );
  })();
  views = { version, articles };
  return articles;
}

/**
 * The updates of the articles whose views are worked out: the whole collection in a
 * build; after a publish, only the replaced articles' (tens of thousands fewer entries).
 */
async function updatesFor(slugs: readonly string[]): Promise<(slug: string) => CollectionEntry<'updates'>[]> {
  const replaced = replacedArticles();
  if (slugs.every((slug) => replaced.has(slug))) {
    const bySlug = new Map(slugs.map((slug) => [slug, loadReplacedUpdates(slug)]));
    return (slug) => bySlug.get(slug) ?? [];
  }
  const byArticle = Map.groupBy(await loadCollection('updates'), (u) => splitUpdateEntryId(u.id).article);
  return (slug) => byArticle.get(slug) ?? [];
}

/**
 * The articles whose own pages (page, older pages, live page, feeds, social image)
 * this build renders: all of them, except when publishing one article (publish-scope.ts).
 */
export async function loadRenderedArticles(): Promise<ArticleView[]> {
  const rendered = articleRendered();
  return (await loadArticles()).filter((article) => rendered(article.slug));
}
