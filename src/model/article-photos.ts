import { summariseCredits } from './photo-credit.ts';
import type { PhotoView } from './photo-view.ts';

interface WithCredits {
  slug: string;
  photoCredits: string[];
  updates: readonly { entryId: string }[];
}

/**
 * Adds the lead photo to an article view and summarises every photo credit for
 * the byline ("Photo credits: A, B"): lead photo, photos in the article's own
 * text, then photos in updates as listed, then the article's `photoCredit`.
 */
export function withPhotos<T extends WithCredits>(
  view: T,
  photos: readonly PhotoView[],
): T & { photo?: PhotoView } {
  const mine = photos.filter((p) => p.article === view.slug);
  const lead = mine.find((p) => p.slot === 'lead');
  const rank = new Map<string, number>([[view.slug, 0]]);
  view.updates.forEach((u, i) => rank.set(u.entryId, i + 1));
  const ordered = mine
    .filter((p) => p.slot !== 'lead' && rank.has(p.owner))
    .sort((a, b) => rank.get(a.owner)! - rank.get(b.owner)! || Number(a.slot) - Number(b.slot));
  const credits = summariseCredits([lead?.credit, ...ordered.map((p) => p.credit), ...view.photoCredits]);
  return { ...view, ...(lead && { photo: lead }), photoCredits: credits };
}
