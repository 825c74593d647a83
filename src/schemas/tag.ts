import { tagSlug } from '../model/tags.ts';
import { TextSchema } from './fields.ts';

/** A topic name such as "Russia" or "Middle East"; its page lives at /tags/<slug of the name>/. */
export const TagSchema = TextSchema.refine((name) => tagSlug(name) !== '', {
  error: (issue) =>
    `"${String(issue.input)}" has no letters or digits to make a topic address from; use a word such as Russia`,
});
