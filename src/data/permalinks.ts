import { updateLocation, updatePermalink } from '../model/live-urls.ts';
import type { ArticleView } from '../model/article-view.ts';

/** One update's lasting permalink page: where it is written and where it sends the reader. */
export interface PermalinkEntry {
  article: string;
  update: string;
  /** Output file, relative to the site folder (the base path is not part of it). */
  file: string;
  title: string;
  /** The update's place now: `<base>articles/<slug>/[older/<n>/]#<id>`. */
  target: string;
  /** Absolute URL of the page holding the update. */
  canonical: string;
}

/** Every update's permalink page, in article order then update order. */
export function permalinkEntries(
  articles: readonly ArticleView[],
  base: string,
  site: URL,
): PermalinkEntry[] {
  return articles.flatMap((article) =>
    article.updates.map((update) => {
      const target = updateLocation(base, article.slug, update);
      const path = updatePermalink(base, article.slug, update.id);
      return {
        article: article.slug,
        update: update.id,
        file: `${path.slice(base.length)}index.html`,
        title: update.title ?? article.title,
        target,
        canonical: new URL(target.split('#')[0]!, site).href,
      };
    }),
  );
}
