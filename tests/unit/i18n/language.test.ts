import { describe, expect, it } from 'vitest';
import { languageProblem, pageLanguage, textDirection } from '../../../src/i18n/language.ts';

const SITE = { lang: 'en', locale: 'en-GB', clock: { hours: 12, separator: '.' } } as const;

describe('pageLanguage', () => {
  it("is the site's language, locale and clock without lang, or with the site's own", () => {
    for (const lang of [undefined, 'en', 'EN']) {
      const page = pageLanguage(lang, SITE);
      expect([page.lang, page.dir, page.locale, page.clock]).toEqual(['en', 'ltr', 'en-GB', SITE.clock]);
    }
  });

  it('writes another language in its own locale with a 24-hour clock', () => {
    const page = pageLanguage('nl', SITE);
    expect([page.lang, page.dir, page.locale, page.clock]).toEqual([
      'nl',
      'ltr',
      'nl',
      { hours: 24, separator: ':' },
    ]);
    expect(page.words.live).toBe('Live');
    expect(page.words.keyEvents).toBe('Belangrijkste gebeurtenissen');
  });

  it.each([
    ['ar', 'rtl'],
    ['ar-EG', 'rtl'],
    ['he', 'rtl'],
    ['fa', 'rtl'],
    ['nl', 'ltr'],
    ['en-US', 'ltr'],
  ])('%s is written %s', (lang, dir) => {
    expect(textDirection(lang)).toBe(dir);
    expect(pageLanguage(lang, SITE).dir).toBe(dir);
  });
});

describe('languageProblem', () => {
  it.each(['nl', 'ar', 'en-GB', 'fr-BE'])('accepts %s', (lang) => {
    expect(languageProblem(lang)).toBeUndefined();
  });

  it.each([
    ['not a tag', '"not a tag" is not a language tag'],
    ['fr-be', 'write "fr-BE" instead of "fr-be"'],
    ['qq', '"qq" is not a language this site can write dates in'],
  ])('refuses %s', (value, message) => {
    expect(languageProblem(value)).toContain(message);
  });
});
