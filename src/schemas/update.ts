import { z } from 'astro/zod';
import { NewsTimeSchema, TextSchema } from './fields.ts';

/** Front matter of `content/articles/<slug>/updates/<name>.md`: one timestamped live update. */
export const UpdateSchema = z.strictObject({
  /** When the update was published: a date-time with offset (2024-03-24T15:30:00+01:00), or a date. */
  time: NewsTimeSchema,
  /** Optional headline for the update. */
  title: TextSchema.optional(),
  /** Who wrote the update, as printed after "By". */
  author: TextSchema.optional(),
});

export type UpdateData = z.infer<typeof UpdateSchema>;
