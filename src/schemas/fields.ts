import { z } from 'astro/zod';
import { parseNewsTime } from '../model/news-time.ts';
import { isTimeZone } from '../model/time-zone.ts';
import { languageProblem } from '../i18n/language.ts';

/** A date ("2024-03-24") or a date-time with offset ("2024-03-24T15:30:00+01:00"), kept as written. */
export const NewsTimeSchema = z
  .string({ error: 'expected a date such as 2024-03-24' })
  .superRefine((value, ctx) => {
    // Quotes pasted from a word processor are read as part of the value, not as quotes.
    if (/[\u201C\u201D\u2018\u2019]/.test(value)) {
      ctx.addIssue({
        code: 'custom',
        message: `${value} holds curly quotes (“ ” or ‘ ’), often pasted from a word processor; remove them, or type straight quotes " instead`,
      });
      return;
    }
    const parsed = parseNewsTime(value);
    if (!parsed.ok) ctx.addIssue({ code: 'custom', message: parsed.error });
  });

/** An IANA time-zone name such as "Europe/Brussels". */
export const TimeZoneSchema = z.string().refine(isTimeZone, {
  error: (issue) =>
    `"${String(issue.input)}" is not a time zone; use an IANA name such as Europe/Brussels or America/New_York`,
});

/** A BCP 47 language tag this runtime can write dates in: "nl", "fr-BE", "ar". */
export const LanguageSchema = z
  .string({ error: 'expected a language code such as nl, fr, de or ar' })
  .superRefine((value, ctx) => {
    const problem = languageProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

/** Text that must not be empty once trimmed. */
export const TextSchema = z.string({ error: 'expected text' }).trim().min(1, { error: 'must not be empty' });

/** An absolute http(s) URL. */
export const WebUrlSchema = z.url({
  protocol: /^https?$/,
  error: 'expected a full web address starting with https:// (or http://)',
});
