// What the desk's first screen lists: each article with its coverage state and the
// time of its last update, in the article's zone, most recently active first.
import type { ContentTree } from '../../src/loaders/read-content.ts';
import { formatNewsTime } from '../../src/model/format-time.ts';
import { toNewsTime } from '../../src/model/news-time.ts';
import { site } from '../../src/site.ts';

export interface DeskArticle {
  slug: string;
  title: string;
  coverage: 'live' | 'ended' | 'article';
  draft: boolean;
  /** "24 March 2024, 15:30 CET": the newest update's time, else the article's. */
  lastUpdate: string;
  updates: number;
  /** For ordering only. */
  epochMs: number;
}

export function listDeskArticles(tree: Pick<ContentTree, 'articles' | 'updates'>): DeskArticle[] {
  const newest = new Map<string, { time: string; epochMs: number; count: number }>();
  for (const update of tree.updates) {
    const zone = zoneOf(tree, update.article);
    const epochMs = formatNewsTime(toNewsTime(update.data.time), zone, site.locale).epochMs;
    const known = newest.get(update.article);
    if (!known || epochMs > known.epochMs)
      newest.set(update.article, { time: update.data.time, epochMs, count: (known?.count ?? 0) + 1 });
    else known.count += 1;
  }
  return tree.articles
    .map((article) => {
      const zone = zoneOf(tree, article.slug);
      const last = newest.get(article.slug);
      const time = formatNewsTime(
        toNewsTime(last?.time ?? article.data.published),
        zone,
        site.locale,
        site.clock,
      );
      return {
        slug: article.slug,
        title: article.data.title,
        coverage: article.data.status ?? ('article' as const),
        draft: article.data.draft === true,
        lastUpdate: time.label,
        updates: last?.count ?? 0,
        epochMs: time.epochMs,
      };
    })
    .sort((a, b) => b.epochMs - a.epochMs || a.slug.localeCompare(b.slug));
}

function zoneOf(tree: Pick<ContentTree, 'articles'>, slug: string): string {
  return tree.articles.find((a) => a.slug === slug)?.data.timeZone ?? site.timeZone;
}
