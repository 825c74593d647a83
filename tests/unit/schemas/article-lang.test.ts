import { describe, expect, it } from 'vitest';
import { ArticleSchema } from '../../../src/schemas/article.ts';
import { problemsIn } from '../../helpers/front-matter-problems.ts';

const check = (lang: string) => problemsIn(ArticleSchema, `title: T\npublished: 2024-03-24\nlang: ${lang}`);

describe('ArticleSchema lang', () => {
  it.each(['nl', 'fr', 'de', 'ar', 'he', 'en-US', 'fr-BE', 'zh-Hant'])('accepts %s', (lang) => {
    expect(check(lang)).toEqual([]);
  });

  it.each([
    ['Dutch', 'lang: "Dutch" is not a language this site can write dates in; use a language code such as nl'],
    ['en_US', 'lang: "en_US" is not a language tag; use a language code such as nl'],
    ['nl-be', 'lang: write "nl-BE" instead of "nl-be"'],
    ['xx', 'lang: "xx" is not a language this site can write dates in'],
    ['"12"', 'lang: "12" is not a language tag'],
  ])('refuses %s on its line, with the fix', (value, message) => {
    const [problem, ...rest] = check(value);
    expect(rest).toEqual([]);
    expect(problem?.line).toBe(4);
    expect(`${problem?.field}: ${problem?.message}`).toContain(message);
  });
});
