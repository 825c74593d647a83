import { describe, expect, it } from 'vitest';
import { en } from '../../../src/i18n/en.ts';
import { countWords, fillWords } from '../../../src/i18n/fill-words.ts';
import { missingWords, TRANSLATIONS, wordsFor, type WordKey } from '../../../src/i18n/words.ts';

const SHIPPED = Object.keys(TRANSLATIONS).filter((lang) => lang !== 'en');

/**
 * The words each language still leaves to English: printed for translators and pinned here,
 * so a key added to en.ts (or a translation dropped) shows up in this table.
 */
const MISSING: Record<string, WordKey[]> = {
  nl: [],
  fr: [],
  de: [],
  ar: [],
  he: [
    'siteNavigation',
    'footerNote',
    'follow',
    'rssFeed',
    'jsonFeed',
    'draft',
    'scheduled',
    'endedAt',
    'source',
    'zoneNote',
    'zoneNoteNames',
    'pinned',
    'goToUpdate',
    'copyThisLink',
    'yourTime',
    'retraction',
    'noUpdatesYet',
    'titlePageOf',
    'latestUpdatesTitle',
    'livePages',
    'newest',
    'oldest',
    'photo',
    'photoCredits',
    'licence',
    'licenseThisPhoto',
    'feedTitle',
    'feedDescription',
    'feedLink',
    'feedUpdateTitle',
  ],
};

describe('interface words', () => {
  it('lists the words each shipped language leaves to English', () => {
    const table = Object.fromEntries(SHIPPED.map((lang) => [lang, missingWords(lang)]));
    console.log(
      'Words falling back to English:\n' +
        SHIPPED.map((lang) => `  ${lang}: ${table[lang]!.length ? table[lang]!.join(', ') : '(none)'}`).join(
          '\n',
        ),
    );
    expect(table).toEqual(MISSING);
  });

  it('ships at least English, Dutch, French, German and Arabic complete', () => {
    for (const lang of ['nl', 'fr', 'de', 'ar']) expect(missingWords(lang)).toEqual([]);
  });

  it('falls back to English key by key, and wholly for a language not shipped', () => {
    expect(wordsFor('he').keyEvents).toBe('אירועים מרכזיים');
    expect(wordsFor('he').goToUpdate).toBe(en.goToUpdate);
    expect(wordsFor('sv')).toEqual(wordsFor('en'));
    expect(wordsFor('nl-BE').keyEvents).toBe('Belangrijkste gebeurtenissen');
  });

  it('keeps every placeholder of the English text in each translation', () => {
    const names = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const lang of SHIPPED) {
      for (const [key, text] of Object.entries(TRANSLATIONS[lang]!)) {
        const english = en[key as WordKey];
        const pairs: [string, string][] =
          typeof text === 'string'
            ? [[text, english as string]]
            : Object.values(text).map((t) => [t, (english as { other: string }).other]);
        for (const [translated, reference] of pairs) {
          // A plural may spell a small count out ("تحديثان"), dropping {count}; nothing else is dropped or added.
          const expected = names(reference).filter((n) => n !== 'count' || translated.includes('{count}'));
          expect(names(translated), `${lang}.${key}: ${translated}`).toEqual(expected);
        }
      }
    }
  });
});

describe('fillWords and countWords', () => {
  it('fills named values and leaves unknown names as written', () => {
    expect(fillWords('Page {number} of {count}', { number: 2, count: 5 })).toBe('Page 2 of 5');
    expect(fillWords('By {names}', {})).toBe('By {names}');
  });

  it.each([
    ['en', 1, '1 new update'],
    ['en', 3, '3 new updates'],
    ['nl', 1, '1 nieuwe update'],
    ['nl', 4, '4 nieuwe updates'],
    ['fr', 1, '1 nouvelle mise à jour'],
    ['fr', 2, '2 nouvelles mises à jour'],
    ['de', 1, '1 neues Update'],
    ['de', 2, '2 neue Updates'],
    ['ar', 1, 'تحديث جديد واحد'],
    ['ar', 2, 'تحديثان جديدان'],
    ['ar', 3, '3 تحديثات جديدة'],
    ['ar', 11, '11 تحديثًا جديدًا'],
    ['ar', 100, '100 تحديث جديد'],
    ['he', 2, 'שני עדכונים חדשים'],
    ['he', 5, '5 עדכונים חדשים'],
  ])('%s, %i: %s', (lang, count, text) => {
    expect(countWords(wordsFor(lang).newUpdates, count, lang)).toBe(text);
  });
});
