/** What decides whether an article or update is published. */
export interface Publishable {
  draft?: boolean;
  scheduled?: boolean;
}

export interface VisibilityOptions {
  /** `npm run dev` previews drafts and scheduled updates; production builds never include them. */
  preview: boolean;
  /** The instant the build runs. */
  now: number;
}

/**
 * Whether an entry goes into this build. A draft appears only in the preview; a
 * scheduled entry appears once its time has come (and in the preview before that).
 */
export function isPublished(entry: Publishable, earliestMs: number, options: VisibilityOptions): boolean {
  if (options.preview) return true;
  if (entry.draft) return false;
  return !(entry.scheduled && earliestMs > options.now);
}
