import type { PageLanguage } from '../i18n/language.ts';
import { translateEmbedCards } from '../model/embed-words.ts';
import { loadEntry } from './content.ts';

/**
 * An article's or update's rendered body as readers of `language` get it: the embed cards'
 * words in that language (src/model/embed-words.ts). For feeds, JSON-LD and share pages;
 * the pages' MarkdownBody.astro does the same.
 */
export async function loadBodyHtml(
  collection: 'articles' | 'updates',
  id: string,
  language: PageLanguage,
): Promise<string> {
  return translateEmbedCards((await loadEntry(collection, id))?.rendered?.html ?? '', language.words);
}
