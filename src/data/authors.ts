import type { ArticleView } from '../model/article-view.ts';
import { buildAuthorViews, type AuthorView } from '../model/author-view.ts';
import { loadArticles } from './articles.ts';
import { loadCollection } from './content.ts';

/** Every staff author (content/authors/) with the articles they wrote for. */
export async function loadAuthors(): Promise<AuthorView<ArticleView>[]> {
  const [authors, articles] = await Promise.all([loadCollection('authors'), loadArticles()]);
  return buildAuthorViews(authors, articles);
}
