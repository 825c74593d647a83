import { z } from 'astro/zod';

/**
 * One photo as shown on a page (the `photos` collection, derived from content:
 * editors never write these). Lead photos come from an article's `photo`, the
 * others from Markdown images. content.config.ts adds `image`, the file as
 * astro:assets metadata.
 */
export const PhotoEntrySchema = z.object({
  /** The entry showing the photo: an article slug, or an update entry id "<slug>/<file stem>". */
  owner: z.string(),
  /** "lead" for the article's lead photo, otherwise the photo's number in its Markdown body ("0", "1"...). */
  slot: z.string(),
  /** Slug of the article the photo belongs to. */
  article: z.string(),
  /** Path of the file relative to the article folder, e.g. "lead.jpg" or "updates/crowd.jpg". */
  file: z.string(),
  /** Absolute path of the original file (for the social image); never published. */
  sourcePath: z.string(),
  /** Alt text; empty for a decorative image. */
  alt: z.string(),
  /** A purely decorative image, hidden from screen readers. */
  decorative: z.boolean(),
  /** Caption printed under the photo. */
  caption: z.string().optional(),
  /** Credit line printed after "Photo:", e.g. "Jane Doe/Reuters". */
  credit: z.string(),
  /** The photographer, when given separately from the credit. */
  creator: z.string().optional(),
  /** Licence URL. */
  licence: z.string().optional(),
  /** Page where the photo can be licensed. */
  licencePage: z.string().optional(),
  /** Width and height as displayed (after the EXIF orientation). */
  width: z.number(),
  height: z.number(),
  /** Source format, which decides the fallback format of the `<img>`. */
  format: z.enum(['jpeg', 'png', 'webp', 'avif']),
  /** Placeholder colour class (src/model/photo-tone.ts). */
  tone: z.string(),
});

export type PhotoEntryData = z.infer<typeof PhotoEntrySchema>;
