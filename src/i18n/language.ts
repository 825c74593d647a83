import type { ClockStyle } from '../model/clock.ts';
import { primaryLanguage, wordsFor, type Words } from './words.ts';

/** Languages written right to left (primary subtags); their pages get dir="rtl". */
const RIGHT_TO_LEFT = new Set(['ar', 'he', 'fa', 'ur', 'ps', 'sd', 'ug', 'yi', 'dv', 'ckb']);

/** Everything a page needs to speak its article's language. */
export interface PageLanguage {
  /** The `lang` attribute, a BCP 47 tag ("nl", "ar", "en"). */
  lang: string;
  dir: 'ltr' | 'rtl';
  /** Locale for dates, times, numbers and lists ("en-GB" for the site's own language). */
  locale: string;
  /** Clock style: the site's for its own language, 24-hour "14:15" for every other. */
  clock: ClockStyle;
  words: Words;
}

/** The site's defaults (src/site.ts). */
export interface SiteLanguage {
  lang: string;
  locale: string;
  clock: ClockStyle;
}

/** A 24-hour clock with a colon: what the shipped languages other than English write in news. */
const INTERNATIONAL_CLOCK: ClockStyle = { hours: 24, separator: ':' };

export function textDirection(lang: string): 'ltr' | 'rtl' {
  return RIGHT_TO_LEFT.has(primaryLanguage(lang)) ? 'rtl' : 'ltr';
}

/** The page language of an article written in `lang` (undefined: the site's language). */
export function pageLanguage(lang: string | undefined, site: SiteLanguage): PageLanguage {
  const own = lang === undefined || lang.toLowerCase() === site.lang.toLowerCase();
  const tag = own ? site.lang : lang;
  return {
    lang: tag,
    dir: textDirection(tag),
    locale: own ? site.locale : tag,
    clock: own ? site.clock : INTERNATIONAL_CLOCK,
    words: wordsFor(tag),
  };
}

/**
 * Why a `lang` value cannot be used, or undefined when it can: a well-formed BCP 47 tag
 * that this runtime's Intl has data for ("nl", "fr-BE", "ar"), not just any letters.
 */
export function languageProblem(value: string): string | undefined {
  let canonical: string | undefined;
  try {
    canonical = Intl.getCanonicalLocales(value)[0];
  } catch {
    canonical = undefined;
  }
  const example = 'use a language code such as nl, fr, de, ar or en-US';
  if (!canonical) return `"${value}" is not a language tag; ${example}`;
  if (Intl.DateTimeFormat.supportedLocalesOf([canonical]).length === 0)
    return `"${value}" is not a language this site can write dates in; ${example}`;
  if (canonical !== value) return `write "${canonical}" instead of "${value}"`;
  return undefined;
}
