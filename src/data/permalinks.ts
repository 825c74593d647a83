import { updateLocation, updatePermalink } from '../model/live-urls.ts';
import type { ArticleView, UpdateView } from '../model/article-view.ts';
import type { PermalinkValues } from '../model/permalink-page.ts';
import { htmlToPlainText } from '../model/plain-text.ts';
import { describeUpdateShare } from '../model/update-share.ts';
import type { UpdateCardInput } from '../images/update-card.ts';
import { startUpdateCards } from '../images/update-card-queue.ts';
import { site as settings } from '../site.ts';
import { loadArticles } from './articles.ts';
import { loadBodyHtml } from './body-html.ts';
import { loadPhotoImage } from './photos.ts';

/** One update's lasting permalink page: where it is written, what it says, and its card if it has one. */
export interface PermalinkEntry extends PermalinkValues {
  article: string;
  update: string;
  /** Output file, relative to the site folder (the base path is not part of it). */
  file: string;
  /** The update's own card, written next to the page as og.png (key events and headlined updates). */
  card?: { file: string; input: UpdateCardInput };
}

/** What permalinkEntries reads from the content store: an update's text and the article's photo file. */
export interface PermalinkSources {
  bodyText: (update: UpdateView) => string;
  photoPath: (article: ArticleView) => string | undefined;
}

/** Every update's permalink page, in article order then update order. */
export function permalinkEntries(
  articles: readonly ArticleView[],
  base: string,
  site: URL,
  sources: PermalinkSources,
): PermalinkEntry[] {
  return articles.flatMap((article) =>
    article.updates.map((update): PermalinkEntry => {
      const { language } = article;
      const target = updateLocation(base, article.slug, update);
      const path = updatePermalink(base, article.slug, update.id);
      const folder = path.slice(base.length);
      const share = describeUpdateShare(article, update, sources.bodyText(update), language.locale);
      const card = share.card && {
        file: `${folder}og.png`,
        input: {
          headline: share.title,
          time: update.time.label,
          articleTitle: article.title,
          siteName: settings.name,
          ...optional('photoPath', sources.photoPath(article)),
        },
      };
      return {
        article: article.slug,
        update: update.id,
        file: `${folder}index.html`,
        title: share.title,
        description: share.description,
        target,
        canonical: new URL(target.split('#')[0]!, site).href,
        url: new URL(path, site).href,
        image: card ? card.file : article.socialImage.src,
        imageAlt: card ? share.title : article.socialImage.alt,
        published: update.time.datetime,
        time: update.time.label,
        articleTitle: article.title,
        lang: language.lang,
        dir: language.dir,
        ogLocale: language.locale.replace('-', '_'),
        readInLive: language.words.readUpdateInLive,
        ...(card && { card }),
      };
    }),
  );
}

const optional = <K extends string, V>(key: K, value: V | undefined) =>
  (value === undefined ? {} : { [key]: value }) as Partial<Record<K, V>>;

/** The permalink entries, with each update's text and the photo files read from the content store. */
export async function loadPermalinkEntries(
  articles: readonly ArticleView[],
  base: string,
  site: URL,
): Promise<PermalinkEntry[]> {
  const texts = new Map<string, string>();
  const photos = new Map<string, string>();
  for (const article of articles) {
    if (article.photo && article.updates.some((u) => u.keyEvent || u.title))
      photos.set(article.slug, (await loadPhotoImage(article.photo.id)).sourcePath);
    for (const update of article.updates)
      if (!update.retraction)
        texts.set(
          update.entryId,
          htmlToPlainText(await loadBodyHtml('updates', update.entryId, article.language)),
        );
  }
  return permalinkEntries(articles, base, site, {
    bodyText: (update) => texts.get(update.entryId) ?? '',
    photoPath: (article) => photos.get(article.slug),
  });
}

/** Entries begun when Astro listed the routes, for the permalinks.ndjson route to take. */
let early:
  | { articles: readonly ArticleView[]; base: string; site: string; entries: Promise<PermalinkEntry[]> }
  | undefined;

/**
 * Begins the permalink entries of a build, and then their cards in the background
 * (src/images/update-card-queue.ts), while Astro renders the pages before
 * permalinks.ndjson. Called when Astro lists the routes' paths, before any page renders.
 */
export function startPermalinkEntries(articles: readonly ArticleView[], base: string, site: URL): void {
  const entries = loadPermalinkEntries(articles, base, site);
  early = { articles, base, site: site.href, entries };
  // An error is reported by the route that takes the entries (takePermalinkEntries).
  entries.then(
    (list) => startUpdateCards(list.flatMap((entry) => (entry.card ? [entry.card.input] : []))),
    () => undefined,
  );
}

/**
 * The permalink entries: the ones begun early when they are of the same article views
 * (a view is a new object once its article changes) and addresses, else worked out now.
 */
export function takePermalinkEntries(
  articles: readonly ArticleView[],
  base: string,
  site: URL,
): Promise<PermalinkEntry[]> {
  const taken = early;
  early = undefined;
  const same =
    taken !== undefined &&
    taken.base === base &&
    taken.site === site.href &&
    taken.articles.length === articles.length &&
    taken.articles.every((article, i) => article === articles[i]);
  return same ? taken.entries : loadPermalinkEntries(articles, base, site);
}

/**
 * The permalink routes' paths on the dev server; none in a build, which writes the
 * pages and cards from one template instead (src/integrations/permalinks.ts).
 */
export async function devPermalinkPaths() {
  // MODE, not DEV: a build run with NODE_ENV=test (vitest's children) has DEV true.
  if (import.meta.env.MODE !== 'development') return [];
  const entries = await loadPermalinkEntries(
    await loadArticles(),
    import.meta.env.BASE_URL,
    new URL(import.meta.env.SITE),
  );
  return entries.map((entry) => ({
    params: { slug: entry.article, update: entry.update },
    props: { entry },
  }));
}
