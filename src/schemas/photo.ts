import { z } from 'astro/zod';
import { TextSchema, WebUrlSchema } from './fields.ts';

/**
 * The lead photo of an article (`photo:` in index.md). Every photo needs alt
 * text and a credit; a purely decorative image says so with `decorative: true`
 * and then needs no alt text.
 */
export const PhotoSchema = z
  .strictObject({
    /** The image file, relative to the article folder, e.g. "lead.jpg" (JPEG, PNG, WebP or AVIF). */
    file: TextSchema,
    /** What the photo shows, for readers who cannot see it; required unless `decorative: true`. */
    alt: TextSchema.optional(),
    /** Caption printed under the photo, e.g. "Firefighters outside Crocus City Hall". */
    caption: TextSchema.optional(),
    /** Credit line as printed after "Photo:", e.g. "Jane Doe/Reuters". */
    credit: TextSchema,
    /** The photographer's name, when the credit does not start with it (structured data). */
    creator: TextSchema.optional(),
    /** Web address of the licence the photo is published under. */
    licence: WebUrlSchema.optional(),
    /** Web page where readers can license the photo themselves. */
    licencePage: WebUrlSchema.optional(),
    /** `true` for a purely decorative image that screen readers should skip (no alt text then). */
    decorative: z.boolean({ error: 'must be true or false' }).optional(),
  })
  // `when`: checked even while other fields have problems, so the editor sees every one at once.
  .refine((photo) => photo.decorative === true || photo.alt !== undefined, {
    path: ['alt'],
    when: (payload) => typeof payload.value === 'object' && payload.value !== null,
    error: (issue) =>
      `the photo "${String((issue.input as { file?: unknown }).file ?? '')}" needs alt text saying what it shows (or decorative: true for a purely decorative image)`,
  });

export type PhotoData = z.infer<typeof PhotoSchema>;
