import { countWords, fillWords } from '../i18n/fill-words.ts';
import type { SearchWords } from '../i18n/script-words.ts';

/**
 * The line under the search box after a search, in the page's language: "3 results for “rain”.",
 * or, past the `shown` results listed, "45 results for “rain”, showing the first 20.".
 */
export function resultStatus(
  words: SearchWords,
  count: number,
  query: string,
  shown: number,
  locale: string | undefined,
): string {
  if (count === 0) return fillWords(words.noResults, { query });
  if (count <= shown) return fillWords(countWords(words.resultCount, count, locale), { query });
  const number = new Intl.NumberFormat(locale);
  return fillWords(words.resultCountFirst, {
    count: number.format(count),
    query,
    shown: number.format(shown),
  });
}
