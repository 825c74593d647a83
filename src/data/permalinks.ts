import { updateLocation, updatePermalink } from '../model/live-urls.ts';
import type { ArticleView, UpdateView } from '../model/article-view.ts';
import type { PermalinkValues } from '../model/permalink-page.ts';
import { htmlToPlainText } from '../model/plain-text.ts';
import { cardExtension } from '../model/social-image.ts';
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
  /** The update's own card, written next to the page as og.png, or og.jpg over a photo (key events and headlined updates). */
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
      const photoPath = sources.photoPath(article);
      const card = share.card && {
        file: `${folder}og.${cardExtension(photoPath !== undefined)}`,
        input: cardInput(article, update, share.title, photoPath),
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

/** What an update's card shows (the same object wherever it is worked out: it keys the card). */
function cardInput(
  article: ArticleView,
  update: UpdateView,
  headline: string,
  photoPath: string | undefined,
): UpdateCardInput {
  return {
    headline,
    time: update.time.label,
    articleTitle: article.title,
    siteName: settings.name,
    ...optional('photoPath', photoPath),
  };
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

/**
 * Begins the cards of a build's headlined updates in the background
 * (src/images/update-card-queue.ts), while Astro renders the pages; called when Astro lists
 * the routes' paths, before any page renders. Only what the cards show is worked out here,
 * not the permalink entries, which permalinks.ndjson works out at its turn: holding 400,000
 * entries (10,000 articles) through the whole render would raise the build's peak memory.
 * A key event without a headline takes its card's headline from its text, so its card is
 * left to the integration. The inputs are the entries' own (cardInput), so the cards begun
 * here are the ones the integration asks for.
 */
export async function startUpdateCardsOf(articles: readonly ArticleView[]): Promise<void> {
  const inputs: UpdateCardInput[] = [];
  for (const article of articles) {
    const headlined = article.updates.filter((update) => !update.retraction && update.title !== undefined);
    if (headlined.length === 0) continue;
    const photoPath = article.photo ? (await loadPhotoImage(article.photo.id)).sourcePath : undefined;
    for (const update of headlined) {
      const share = describeUpdateShare(article, update, '', article.language.locale);
      if (share.card) inputs.push(cardInput(article, update, share.title, photoPath));
    }
  }
  startUpdateCards(inputs);
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
