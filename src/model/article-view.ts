import type { ArticleData } from '../schemas/article.ts';
import type { UpdateData } from '../schemas/update.ts';
import { resolveAuthor, type AuthorRef } from './author-ref.ts';
import { DEFAULT_CLOCK, type ClockStyle } from './clock.ts';
import { describeEdit, type EditNote } from './corrections.ts';
import { formatDay, formatNewsTime, type FormattedTime } from './format-time.ts';
import { groupByDay, type DayGroup } from './group-by-day.ts';
import { latestTime } from './last-modified.ts';
import { pickKeyEvents } from './key-events.ts';
import { toNewsTime } from './news-time.ts';
import { orderUpdates } from './order-updates.ts';
import { olderPageOf, paginateUpdates, type UpdatePage } from './paginate-updates.ts';
import { pickPinned } from './pinning.ts';
import { describeRetraction, type RetractionNote } from './retraction.ts';
import type { PhotoView } from './photo-view.ts';
import { socialImageFor, type SocialImage } from './social-image.ts';
import { updateIdFromFileName } from './update-id.ts';
import { describeZone } from './zone-names.ts';
import { pageLanguage, type PageLanguage } from '../i18n/language.ts';

/** Settings an article inherits from the site. */
export interface ViewSettings {
  timeZone: string;
  /** The site's language; an article may write in another (front matter `lang`). */
  lang?: string;
  /** Locale of dates in the site's language. */
  locale: string;
  /** 24- or 12-hour clock and its separator in the site's language (default "14:19"). */
  clock?: ClockStyle;
  /** Staff authors' names by id (content/authors/), for bylines. */
  authors?: ReadonlyMap<string, string>;
  /** Updates per older page of live coverage (default 20). */
  livePageSize?: number;
}

/** An update ready to render; `entryId` finds its rendered body. */
export interface UpdateView {
  entryId: string;
  /** Stable HTML id, e.g. "update-2024-03-24-expert". */
  id: string;
  fileName: string;
  time: FormattedTime;
  title?: string;
  author?: AuthorRef;
  /** Only in the dev preview (production builds leave drafts out): shown with a DRAFT mark. */
  draft: boolean;
  /** Timed for later; only in the dev preview before its time, shown with a SCHEDULED mark. */
  scheduled: boolean;
  /** The update's day written out ("31 March 2024"): the date heading above it. */
  dayLabel: string;
  keyEvent: boolean;
  pinned: boolean;
  /** "Updated 16:05 CET" and the correction note, when the update was edited. */
  edit?: EditNote;
  /** Page that holds the update: 0 = the article's main page, else the stable older-page number. */
  olderPage: number;
  /** Set when the update was retracted: only this note is shown (no headline, author, text or flags). */
  retraction?: RetractionNote;
}

/** One page of live coverage: updates in the article's order, grouped under date headings. */
export interface LivePage extends UpdatePage<UpdateView> {
  days: DayGroup<UpdateView>[];
}

/** Everything an article page shows, computed once from the content entries. */
export interface ArticleView {
  slug: string;
  title: string;
  summary?: string;
  byline?: string;
  /** Staff authors, linked to their pages, printed before any free-text byline. */
  authors: AuthorRef[];
  /** Only in the dev preview: production builds leave draft articles out. */
  draft: boolean;
  /** Every photo credit of the article, summarised in the byline ("Photo credits: A, B"). */
  photoCredits: string[];
  /** The lead photo (added from the photos collection by src/data/articles.ts). */
  photo?: PhotoView;
  /** The 1200 x 630 Open Graph image (/articles/<slug>/og.png) for og:image and twitter:image. */
  socialImage: SocialImage;
  source?: { name: string; url?: string };
  status?: 'live' | 'ended';
  /** The article's language: lang and dir of its pages, locale of its dates, its interface words. */
  language: PageLanguage;
  timeZone: string;
  /** "Times are Moscow time (MSK)": said once at the top; absent when no time has a clock. */
  zoneNote?: string;
  published: FormattedTime;
  /** The latest update's time, or the publication time when there are none. */
  lastUpdated: FormattedTime;
  /** Every update, newest first (whatever `order` says). */
  updates: UpdateView[];
  /** How the live stream is listed: newest first (default) or oldest first. */
  order: 'newest' | 'oldest';
  /** When live coverage ended (status ended). */
  ended?: FormattedTime;
  /** The "What we know" bullets. */
  keyPoints: string[];
  /** Updates marked as key events, in the article's order. */
  keyEvents: (UpdateView & { title: string })[];
  pinned?: UpdateView;
  /** Pages of live coverage: the main page first, then older pages (newest to oldest). */
  pages: LivePage[];
  /** Topics, as written (each has a page at /tags/<slug>/). */
  tags: string[];
  /** When the article's own text was last edited (front matter `modified`). */
  modified?: FormattedTime;
  /** The latest real change: publication, own edit, any update or its edit, end of coverage. Never the build time. */
  lastModified: FormattedTime;
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
  const language = pageLanguage(data.lang, {
    lang: settings.lang ?? 'en',
    locale: settings.locale,
    clock: settings.clock ?? DEFAULT_CLOCK,
  });
  const { locale } = language;
  const format = (value: string) => formatNewsTime(toNewsTime(value), timeZone, locale, language.clock);
  const views = updates.map((u): UpdateView => {
    const { fileName } = splitUpdateEntryId(u.id);
    const time = format(u.data.time);
    const [year, month, day] = time.day.split('-').map(Number) as [number, number, number];
    const edit = describeEdit(time, u.data.modified ? format(u.data.modified) : undefined, u.data.correction);
    const retracted = u.data.retracted ? format(u.data.retracted) : undefined;
    const retraction = describeRetraction(time, retracted, u.data.retractionReason);
    const view: UpdateView = {
      entryId: u.id,
      id: updateIdFromFileName(fileName),
      fileName,
      time,
      draft: u.data.draft ?? false,
      scheduled: u.data.scheduled ?? false,
      dayLabel: formatDay(year, month, day, locale),
      keyEvent: false,
      pinned: false,
      olderPage: 0,
    };
    // A retracted update keeps its place and permalink but shows nothing of what it said.
    if (retraction) return { ...view, retraction };
    return {
      ...view,
      title: u.data.title,
      ...(u.data.author && { author: resolveAuthor(u.data.author, settings.authors) }),
      keyEvent: u.data.keyEvent ?? false,
      pinned: u.data.pinned ?? false,
      ...(edit && { edit }),
    };
  });
  const oldestFirst = orderUpdates(views, 'oldest');
  const size = settings.livePageSize ?? 20;
  oldestFirst.forEach((u, i) => (u.olderPage = olderPageOf(i, oldestFirst.length, size)));
  const order = data.order ?? 'newest';
  const inOrder = (list: readonly UpdateView[]) => (order === 'newest' ? [...list].reverse() : [...list]);
  const pages = paginateUpdates(oldestFirst, size).map((page): LivePage => {
    const listed = inOrder(page.updates);
    return { ...page, updates: listed, days: groupByDay(listed) };
  });
  const ordered = [...oldestFirst].reverse();
  const published = format(data.published);
  const modified = data.modified ? format(data.modified) : undefined;
  const ended = data.ended ? format(data.ended) : undefined;
  const shown = [
    published,
    modified,
    ended,
    ...views.flatMap((u) => [u.time, u.edit?.time, u.retraction?.time]),
  ];
  return {
    slug,
    title: data.title,
    summary: data.summary,
    byline: data.byline,
    authors: (data.authors ?? []).map((id) => resolveAuthor(id, settings.authors)),
    draft: data.draft ?? false,
    photoCredits: data.photoCredit ? [data.photoCredit] : [],
    socialImage: socialImageFor(
      slug,
      data.title,
      data.photo && { alt: data.photo.alt ?? '', decorative: data.photo.decorative ?? false },
    ),
    source: data.source,
    status: data.status,
    language,
    timeZone,
    ...zoneNoteOf(timeZone, shown, language),
    published,
    lastUpdated: ordered[0]?.time ?? published,
    updates: ordered,
    order,
    ...(ended && { ended }),
    keyPoints: data.keyPoints ?? [],
    keyEvents: pickKeyEvents(inOrder(oldestFirst)),
    pinned: pickPinned(ordered),
    pages,
    tags: data.tags ?? [],
    ...(modified && { modified }),
    lastModified: latestTime(published, shown),
  };
}

/** The zone line from the short names of every time shown, oldest first. */
function zoneNoteOf(
  zone: string,
  times: readonly (FormattedTime | undefined)[],
  { locale, words }: PageLanguage,
): { zoneNote?: string } {
  const zones = times
    .filter((t): t is FormattedTime => t?.zone !== undefined)
    .sort((a, b) => a.epochMs - b.epochMs)
    .map((t) => t.zone as string);
  const zoneNote = describeZone(zone, zones, locale, words);
  return zoneNote === undefined ? {} : { zoneNote };
}
