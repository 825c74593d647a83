import { z } from 'astro/zod';
import { AuthorIdSchema } from './author.ts';
import { PhotoSchema } from './photo.ts';
import { LanguageSchema, NewsTimeSchema, TextSchema, TimeZoneSchema, WebUrlSchema } from './fields.ts';
import { TagSchema } from './tag.ts';
import { LINE_FIELD } from './describe-issues.ts';

/** Where a report comes from: a name, and a link when there is one. */
export const SourceSchema = z.strictObject({
  /** Name of the source as readers should see it, e.g. "Belga". */
  name: TextSchema,
  /** Link to the original, when there is one; without it the name is shown unlinked. */
  url: WebUrlSchema.optional(),
});

/** Front matter of `content/articles/<slug>/index.md`. */
export const ArticleSchema = z
  .strictObject({
    /** The headline, shown as the page's only h1 and in listings. */
    title: TextSchema,
    /** When the article was first published: a date (2024-03-24) or a date-time with offset. */
    published: NewsTimeSchema,
    /** `live` for coverage in progress, `ended` once it has finished; leave out for an ordinary article. */
    status: z
      .enum(['live', 'ended'], { error: 'must be live or ended (or left out for an ordinary article)' })
      .optional(),
    /** A one- or two-sentence standfirst shown under the headline and in listings. */
    summary: TextSchema.optional(),
    /** Who wrote it, as printed after "By", e.g. "Breaking Latest News". */
    byline: TextSchema.optional(),
    /** Ids of staff authors (files in content/authors/), linked in the byline, e.g. [anna-peeters]. */
    authors: z
      .array(AuthorIdSchema, { error: 'expected a list of author ids, e.g. [anna-peeters]' })
      .optional(),
    /** `true` keeps the article and its updates out of the published site; `npm run dev` shows it marked DRAFT. */
    draft: z.boolean({ error: 'must be true or false' }).optional(),
    /** Credit for the article's photos when no photo file is published, e.g. "Breaking Latest News". */
    photoCredit: TextSchema.optional(),
    /** The lead photo: file (next to index.md), alt, caption, credit, creator, licence, licencePage, decorative. */
    photo: PhotoSchema.optional(),
    /** The original source of the report. */
    source: SourceSchema.optional(),
    /**
     * The article's language, a BCP 47 tag such as nl, fr, de, ar or he; defaults to the
     * site's (src/site.ts). Sets the page's lang (and dir="rtl" for Arabic, Hebrew...), its
     * dates and interface words, its feeds and structured data.
     */
    lang: LanguageSchema.optional(),
    /** IANA time zone the article's times are shown in; defaults to the site's zone. */
    timeZone: TimeZoneSchema.optional(),
    /** Topics the article is listed under, e.g. [Russia, Terrorism]; each gets a page at /tags/<topic>/. */
    tags: z.array(TagSchema, { error: 'expected a list of topics, e.g. [Russia, Terrorism]' }).optional(),
    /** When the article's own text was last really edited (not its updates): a date or date-time with offset. */
    modified: NewsTimeSchema.optional(),
    /** Order of live updates: `newest` first (the default) or `oldest` first (Q&As, archives). */
    order: z
      .enum(['newest', 'oldest'], { error: 'must be newest or oldest (or left out for newest first)' })
      .default('newest'),
    /** When live coverage ended (date-time with offset); required when status is ended. */
    ended: NewsTimeSchema.optional(),
    /** The "What we know" bullets shown above the live updates, one short sentence each. */
    keyPoints: z
      .array(TextSchema, { error: 'expected a list of short sentences, one per line starting with "- "' })
      .optional(),
  })
  .superRefine((article, ctx) => {
    // Rules that tie two fields together: the message names the field to fix.
    if (article.status === 'ended' && article.ended === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['ended'],
        params: { [LINE_FIELD]: 'status' },
        message:
          'is required when status is ended; add the time the coverage ended, e.g. ended: 2024-03-24T22:00:00+01:00',
      });
    }
    if (article.ended !== undefined && article.status !== 'ended') {
      ctx.addIssue({
        code: 'custom',
        path: ['ended'],
        message: 'is only for finished coverage; set status: ended as well, or remove ended',
      });
    }
  });

export type ArticleData = z.infer<typeof ArticleSchema>;
