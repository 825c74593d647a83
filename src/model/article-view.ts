import type { ArticleData } from '../schemas/article.ts';
import type { UpdateData } from '../schemas/update.ts';
import { formatNewsTime, type FormattedTime } from './format-time.ts';
import { toNewsTime } from './news-time.ts';
import { orderUpdates } from './order-updates.ts';
import { updateIdFromFileName } from './update-id.ts';

/** Settings an article inherits from the site. */
export interface ViewSettings {
  timeZone: string;
  locale: string;
}

/** An update ready to render; `entryId` finds its rendered body. */
export interface UpdateView {
  entryId: string;
  /** Stable HTML id, e.g. "update-2024-03-24-expert". */
  id: string;
  fileName: string;
  time: FormattedTime;
  title?: string;
  author?: string;
}

/** Everything an article page shows, computed once from the content entries. */
export interface ArticleView {
  slug: string;
  title: string;
  summary?: string;
  byline?: string;
  photoCredits: string[];
  source?: { name: string; url?: string };
  status?: 'live' | 'ended';
  timeZone: string;
  published: FormattedTime;
  /** The latest update's time, or the publication time when there are none. */
  lastUpdated: FormattedTime;
  updates: UpdateView[];
}

export interface UpdateInput {
  id: string;
  data: UpdateData;
}

/** Splits an update entry id ("<article>/<file stem>") into its article slug and file name. */
export function splitUpdateEntryId(entryId: string): { article: string; fileName: string } {
  const slash = entryId.indexOf('/');
  return { article: entryId.slice(0, slash), fileName: `${entryId.slice(slash + 1)}.md` };
}

export function buildArticleView(
  slug: string,
  data: ArticleData,
  updates: readonly UpdateInput[],
  settings: ViewSettings,
): ArticleView {
  const timeZone = data.timeZone ?? settings.timeZone;
  const format = (value: string) => formatNewsTime(toNewsTime(value), timeZone, settings.locale);
  const views = updates.map((u): UpdateView => {
    const { fileName } = splitUpdateEntryId(u.id);
    return {
      entryId: u.id,
      id: updateIdFromFileName(fileName),
      fileName,
      time: format(u.data.time),
      title: u.data.title,
      author: u.data.author,
    };
  });
  const ordered = orderUpdates(views, 'newest');
  const published = format(data.published);
  return {
    slug,
    title: data.title,
    summary: data.summary,
    byline: data.byline,
    photoCredits: data.photoCredit ? [data.photoCredit] : [],
    source: data.source,
    status: data.status,
    timeZone,
    published,
    lastUpdated: ordered[0]?.time ?? published,
    updates: ordered,
  };
}
