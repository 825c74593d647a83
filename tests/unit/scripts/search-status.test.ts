import { describe, expect, it } from 'vitest';
import { wordsFor } from '../../../src/i18n/words.ts';
import { searchWords } from '../../../src/i18n/script-words.ts';
import { resultStatus } from '../../../src/scripts/search-status.ts';

describe('the search status line', () => {
  const en = searchWords(wordsFor('en'));
  const nl = searchWords(wordsFor('nl'));

  it('says there is nothing, one result, or how many, with the query', () => {
    expect(resultStatus(en, 0, 'rain', 20, 'en-GB')).toBe('No results for “rain”.');
    expect(resultStatus(en, 1, 'rain', 20, 'en-GB')).toBe('1 result for “rain”.');
    expect(resultStatus(en, 20, 'rain', 20, 'en-GB')).toBe('20 results for “rain”.');
  });

  it('says how many are shown when there are more than the list holds', () => {
    expect(resultStatus(en, 1234, 'rain', 20, 'en-GB')).toBe(
      '1,234 results for “rain”, showing the first 20.',
    );
  });

  it("speaks the site's language", () => {
    expect(resultStatus(nl, 0, 'regen', 20, 'nl')).toBe('Geen resultaten voor “regen”.');
    expect(resultStatus(nl, 1, 'regen', 20, 'nl')).toBe('1 resultaat voor “regen”.');
    expect(resultStatus(nl, 3, 'regen', 20, 'nl')).toBe('3 resultaten voor “regen”.');
    expect(resultStatus(nl, 1234, 'regen', 20, 'nl')).toBe(
      '1.234 resultaten voor “regen”, de eerste 20 worden getoond.',
    );
  });

  it('hands the script only the words it writes', () => {
    expect(Object.keys(nl).sort()).toEqual([
      'noResults',
      'resultCount',
      'resultCountFirst',
      'searchUnavailable',
      'searching',
    ]);
    expect(nl.searching).toBe('Zoeken…');
  });
});
