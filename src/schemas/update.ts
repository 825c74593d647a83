import { z } from 'astro/zod';
import { AuthorIdSchema } from './author.ts';
import { parseNewsTime, type NewsTime } from '../model/news-time.ts';
import { NewsTimeSchema, TextSchema } from './fields.ts';
import { LINE_FIELD } from './describe-issues.ts';

/** Front matter of `content/articles/<slug>/updates/<name>.md`: one timestamped live update. */
export const UpdateSchema = z
  .strictObject({
    /** When the update was published: a date-time with offset (2024-03-24T15:30:00+01:00), or a date. */
    time: NewsTimeSchema,
    /** Optional headline for the update. */
    title: TextSchema.optional(),
    /** Id of the author who wrote the update: a file in content/authors/, e.g. "anna-peeters". */
    author: AuthorIdSchema.optional(),
    /** `true` keeps the update out of the published site; `npm run dev` shows it marked DRAFT. */
    draft: z.boolean({ error: 'must be true or false' }).optional(),
    /** `true` lets `time` be in the future: the update appears in the first build made after that time. */
    scheduled: z.boolean({ error: 'must be true or false' }).optional(),
    /** `true` lists the update under "Key events" at the top of the coverage; it then needs a title. */
    keyEvent: z.boolean({ error: 'must be true or false' }).optional(),
    /** `true` shows the update above the stream as the pinned post; at most one per article. */
    pinned: z.boolean({ error: 'must be true or false' }).optional(),
    /** When the update was last edited (date-time with offset); readers see "Updated HH:MM". */
    modified: NewsTimeSchema.optional(),
    /** A correction note shown with the update, e.g. "An earlier version gave the wrong death toll." */
    correction: TextSchema.optional(),
    /** When the update was retracted (date-time with offset): readers see only "This update was removed at HH:MM". */
    retracted: NewsTimeSchema.optional(),
    /** Why it was retracted, shown after the removal note, e.g. "it named a person protected by a court order". */
    retractionReason: TextSchema.optional(),
  })
  .superRefine((update, ctx) => {
    // Rules that tie two fields together: the message names the field to fix.
    if (update.keyEvent && update.title === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['title'],
        params: { [LINE_FIELD]: 'keyEvent' },
        message: 'is required for a key event (keyEvent: true); add a short headline, or remove keyEvent',
      });
    }
    if (update.correction !== undefined && update.modified === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['modified'],
        params: { [LINE_FIELD]: 'correction' },
        message:
          'is required with a correction; add the time of the correction, e.g. modified: 2024-03-24T16:05:00+01:00',
      });
    }
    if (update.retracted !== undefined && update.retractionReason === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['retractionReason'],
        message: 'is required with retracted; say in one line why the update was removed',
      });
    }
    if (update.retractionReason !== undefined && update.retracted === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['retracted'],
        message:
          'is required with retractionReason; add the time of the removal, e.g. retracted: 2024-03-24T16:05:00+01:00',
      });
    }
    const time = parseNewsTime(update.time);
    for (const field of ['modified', 'retracted'] as const) {
      const value = update[field];
      const later = value === undefined ? undefined : parseNewsTime(value);
      if (time.ok && later?.ok && epochOf(later.time) < epochOf(time.time)) {
        ctx.addIssue({
          code: 'custom',
          path: [field],
          message: `is before the update's time (${update.time}); an update can only be ${field === 'modified' ? 'edited' : 'removed'} after it was published`,
        });
      }
    }
  });

export type UpdateData = z.infer<typeof UpdateSchema>;

/** Instants compare directly; a date-only value counts from the start of its UTC day (enough to catch reversed fields). */
function epochOf(time: NewsTime): number {
  return time.kind === 'instant' ? time.epochMs : Date.UTC(time.year, time.month - 1, time.day);
}
