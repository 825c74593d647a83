import type { OfflineWords } from '../model/offline-cache.ts';
import type { PageLanguage } from './language.ts';
import type { Words } from './words.ts';

/**
 * The few words the browser scripts write (src/scripts/): handed to them as one JSON
 * attribute on the live block, so the scripts carry no dictionary of their own.
 */
export interface ScriptWords {
  newUpdates: Words['newUpdates'];
  linkCopied: string;
  copyThisLink: string;
  yourTime: string;
}

export function scriptWords(words: Words): ScriptWords {
  const { newUpdates, linkCopied, copyThisLink, yourTime } = words;
  return { newUpdates, linkCopied, copyThisLink, yourTime };
}

/** The offline note's words for a page (data-offline-words on its <main>, read by the service worker). */
export function offlineWords({ words, clock }: PageLanguage): OfflineWords {
  return { note: words.offlineNote, offline: words.offline, clock };
}

/** The search page's status words (data-search-words on its search box, read by src/scripts/search.ts). */
export interface SearchWords {
  searching: string;
  noResults: string;
  resultCount: Words['resultCount'];
  resultCountFirst: string;
  searchUnavailable: string;
}

export function searchWords(words: Words): SearchWords {
  const { searching, noResults, resultCount, resultCountFirst, searchUnavailable } = words;
  return { searching, noResults, resultCount, resultCountFirst, searchUnavailable };
}
