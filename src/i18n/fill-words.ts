/**
 * Filling translated words in, with no dictionary attached: the browser scripts use this
 * too (src/scripts/), so it must stay small and import nothing.
 */

/** One text per Intl.PluralRules category; `other` is the one every language has. */
export type PluralText = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** Fills `{name}` in a text: "Page {number} of {count}" -> "Page 2 of 5". Unknown names stay as written. */
export function fillWords(text: string, values: Readonly<Record<string, string | number>>): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    values[name] === undefined ? whole : String(values[name]),
  );
}

/** The plural text for a count in a locale, with `{count}` filled in: "3 new updates". */
export function countWords(text: PluralText, count: number, locale: string | undefined): string {
  // Categories beyond one and other (Arabic zero, two, few, many) exist only where a language has them.
  const chosen = text[new Intl.PluralRules(locale).select(count)] ?? text.other;
  return fillWords(chosen, { count: new Intl.NumberFormat(locale).format(count) });
}
