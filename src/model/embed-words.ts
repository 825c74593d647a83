import { en } from '../i18n/en.ts';
import { fillWords } from '../i18n/fill-words.ts';
import type { Words } from '../i18n/words.ts';
import { PROVIDER_NAMES } from '../markdown/embed-urls.ts';
import { escapeHtml } from './permalink-page.ts';

/** The words of an embed card (src/markdown/embed-card.ts), in English as the renderer writes them. */
export type EmbedWordKey = 'playVideo' | 'providerVideo' | 'watchOn' | 'viewOn';

/** A card's words: "Play video", "YouTube video", "Watch on YouTube". */
export function embedWords(
  key: EmbedWordKey,
  provider: string,
  words: Pick<Words, EmbedWordKey> = en,
): string {
  return fillWords(words[key], { provider });
}

/** Which words each card element may hold, by its class (only embedCard writes these classes). */
const WORDS_OF_CLASS: Record<string, EmbedWordKey[]> = {
  'embed-play-label': ['playVideo'],
  'embed-title': ['providerVideo'],
  'embed-link': ['watchOn', 'viewOn'],
};

const CARD_TEXT = /(<(span|a) class="(embed-play-label|embed-title|embed-link)"[^>]*>)([^<]*)(<\/\2>)/g;

/**
 * A body's embed cards with their words in the page's language. Bodies are rendered once,
 * before anything knows the article's language, so cards come out in English; the page puts
 * its own words in. Only the card's own elements are touched (editors cannot write their
 * classes: rehype-embeds removes them first), and only text that is exactly one of the
 * English words, so an editor's title or a post's author stays as written.
 */
export function translateEmbedCards(html: string, words: Pick<Words, EmbedWordKey>): string {
  if (!html.includes('class="embed')) return html;
  const english = new Map<string, string>();
  for (const [className, keys] of Object.entries(WORDS_OF_CLASS))
    for (const key of keys)
      for (const provider of Object.values(PROVIDER_NAMES))
        english.set(
          `${className}\n${escapeHtml(embedWords(key, provider))}`,
          escapeHtml(embedWords(key, provider, words)),
        );
  return html.replace(
    CARD_TEXT,
    (whole, open: string, _tag, className: string, text: string, close: string) => {
      const translated = english.get(`${className}\n${text}`);
      return translated === undefined ? whole : open + translated + close;
    },
  );
}
