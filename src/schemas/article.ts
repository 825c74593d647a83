import { z } from 'astro/zod';
import { PhotoSchema } from './photo.ts';
import { NewsTimeSchema, TextSchema, TimeZoneSchema, WebUrlSchema } from './fields.ts';

/** Where a report comes from: a name, and a link when there is one. */
export const SourceSchema = z.strictObject({
  /** Name of the source as readers should see it, e.g. "Belga". */
  name: TextSchema,
  /** Link to the original, when there is one; without it the name is shown unlinked. */
  url: WebUrlSchema.optional(),
});

/** Front matter of `content/articles/<slug>/index.md`. */
export const ArticleSchema = z.strictObject({
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
  /** Credit for the article's photos when no photo file is published, e.g. "Breaking Latest News". */
  photoCredit: TextSchema.optional(),
  /** The lead photo: file (next to index.md), alt, caption, credit, creator, licence, licencePage, decorative. */
  photo: PhotoSchema.optional(),
  /** The original source of the report. */
  source: SourceSchema.optional(),
  /** IANA time zone the article's times are shown in; defaults to the site's zone. */
  timeZone: TimeZoneSchema.optional(),
});

export type ArticleData = z.infer<typeof ArticleSchema>;
