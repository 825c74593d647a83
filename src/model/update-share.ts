import type { UpdateView } from './article-view.ts';
import { shorten } from './json-ld.ts';
import { retractionSentence } from './retraction.ts';

/** Social networks cut longer titles and descriptions; these fit Open Graph cards. */
export const SHARE_TITLE_MAX = 110;
export const SHARE_DESCRIPTION_MAX = 200;

/** What a shared update's page says about it (its permalink page, src/data/permalinks.ts). */
export interface UpdateShare {
  /** The update's headline, else its first sentence, else "Update, <time>". */
  title: string;
  description: string;
  /** Whether the update gets a card of its own; the others share the article's og.png. */
  card: boolean;
}

/** Sentence segmenters by locale: making one costs more than using it, and a build asks thousands of times. */
const segmenters = new Map<string, Intl.Segmenter>();

/** The first sentence of plain text (by the locale's sentence rules), or undefined when there is none. */
export function firstSentence(text: string, locale: string): string | undefined {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (!flat) return undefined;
  let segmenter = segmenters.get(locale);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(locale, { granularity: 'sentence' });
    segmenters.set(locale, segmenter);
  }
  const [first] = segmenter.segment(flat);
  return first!.segment.trim();
}

/**
 * Only key events and updates with a headline get a card, so a build makes one PNG
 * per notable update, not per update. A retracted update shows nothing it said.
 */
export function describeUpdateShare(
  article: { title: string; summary?: string },
  update: Pick<UpdateView, 'title' | 'keyEvent' | 'retraction' | 'time'>,
  bodyText: string,
  locale: string,
): UpdateShare {
  const fallback = article.summary ?? article.title;
  if (update.retraction)
    return {
      title: `Retracted update: ${article.title}`,
      description: retractionSentence(update.retraction),
      card: false,
    };
  const sentence = firstSentence(bodyText, locale);
  const title = update.title ?? sentence ?? `Update, ${update.time.label}`;
  const text = bodyText.replace(/\s+/g, ' ').trim();
  return {
    title: shorten(title, SHARE_TITLE_MAX),
    description: text ? shorten(text, SHARE_DESCRIPTION_MAX) : fallback,
    card: update.keyEvent || update.title !== undefined,
  };
}
