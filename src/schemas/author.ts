import { z } from 'astro/zod';
import { SLUG_PATTERN } from '../model/update-id.ts';
import { TextSchema, WebUrlSchema } from './fields.ts';

/** Front matter of `content/authors/<id>.md`; the file name (without .md) is the author's id. */
export const AuthorSchema = z.strictObject({
  /** The name printed in bylines, e.g. "Anna Peeters". */
  name: TextSchema,
  /** Job title shown on the author page, e.g. "Brussels correspondent". */
  role: TextSchema,
  /** The author's own page elsewhere (a profile or social account), linked from the author page. */
  url: WebUrlSchema.optional(),
  /** A portrait next to the author file, e.g. "anna-peeters.jpg" in content/authors/. */
  photo: TextSchema.optional(),
});

export type AuthorData = z.infer<typeof AuthorSchema>;

/** An author id is the file name of content/authors/<id>.md: lowercase letters, digits, hyphens. */
export const AuthorIdSchema = z
  .string({ error: 'expected an author id such as anna-peeters (a file in content/authors/)' })
  .regex(SLUG_PATTERN, {
    error: 'an author id uses lowercase letters, digits and hyphens, like the file content/authors/<id>.md',
  });
