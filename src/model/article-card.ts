import type { ArticleView } from './article-view.ts';
import type { FormattedTime } from './format-time.ts';
import { articlePath, updateLocation } from './live-urls.ts';
import type { PhotoView } from './photo-view.ts';
import { sitePath, paths } from './site-url.ts';
import { tagSlug } from './tags.ts';

/** What one card on the front page, a topic, an author or the archive shows. */
export interface ArticleCardView {
  href: string;
  title: string;
  draft: boolean;
  live: boolean;
  summary?: string;
  /** The article's first topic, linked to its page. */
  topic?: { name: string; href: string };
  /** Live or ended coverage: its newest update, when that has a headline. */
  latest?: { title: string; href: string; time: FormattedTime };
  /** "Last updated" for coverage, else the publication time. */
  time: { label?: string; time: FormattedTime };
  photo?: PhotoView;
}

/** The card of an article: the facts a reader needs to choose it, and nothing more. */
export function buildArticleCard(article: ArticleView, base: string): ArticleCardView {
  const [tag] = article.tags;
  const newest = article.updates[0];
  const latest = article.status && newest?.title && !newest.retraction ? newest : undefined;
  return {
    href: articlePath(base, article.slug),
    title: article.title,
    draft: article.draft,
    live: article.status === 'live',
    ...(article.summary && { summary: article.summary }),
    ...(tag && { topic: { name: tag, href: sitePath(base, paths.tag(tagSlug(tag))) } }),
    ...(latest && {
      latest: { title: latest.title!, href: updateLocation(base, article.slug, latest), time: latest.time },
    }),
    time: article.status ? { label: 'Last updated', time: article.lastUpdated } : { time: article.published },
    ...(article.photo && { photo: article.photo }),
  };
}
