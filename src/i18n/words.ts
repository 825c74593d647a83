import { ar } from './ar.ts';
import { de } from './de.ts';
import { en } from './en.ts';
import { fr } from './fr.ts';
import { he } from './he.ts';
import { nl } from './nl.ts';
import type { PluralText } from './fill-words.ts';

export type WordKey = keyof typeof en;

/** Every interface word of an article page, resolved for one language (English where missing). */
export type Words = { [K in WordKey]: (typeof en)[K] extends string ? string : PluralText };

/** A language's words: any it leaves out fall back to English. */
export type Translation = Partial<Words>;

/** The shipped translations, by primary language subtag ("nl" serves nl-BE too). */
export const TRANSLATIONS: Readonly<Record<string, Translation>> = { en, nl, fr, de, ar, he };

const resolved = new Map<string, Words>();

/** The primary language subtag: "nl" for "nl-BE", "ar" for "ar-EG". */
export function primaryLanguage(lang: string): string {
  return lang.split('-')[0]!.toLowerCase();
}

/** The words for a language tag, each missing one (or a language not shipped) in English. */
export function wordsFor(lang: string): Words {
  const key = primaryLanguage(lang);
  let words = resolved.get(key);
  if (!words) {
    words = { ...en, ...TRANSLATIONS[key] } as Words;
    resolved.set(key, words);
  }
  return words;
}

/** The keys a shipped language leaves to English, for translators (see tests/unit/i18n/). */
export function missingWords(lang: string): WordKey[] {
  const translation = TRANSLATIONS[primaryLanguage(lang)] ?? {};
  return (Object.keys(en) as WordKey[]).filter((key) => translation[key] === undefined);
}
