import type { PhotoEntryData } from '../schemas/photo-entry.ts';

/** A photo ready to render; `id` finds its astro:assets image in the `photos` collection. */
export type PhotoView = Omit<PhotoEntryData, 'sourcePath'> & { id: string };

export function toPhotoView(id: string, data: PhotoEntryData): PhotoView {
  const view: PhotoView & { sourcePath?: string } = { id, ...data };
  // The original's path on the build machine stays out of what pages render.
  delete view.sourcePath;
  return view;
}

/** The photos of one Markdown body, in slot order (slot n fills the n-th photo slot). */
export function photosOfOwner(photos: readonly PhotoView[], owner: string): PhotoView[] {
  return photos
    .filter((p) => p.owner === owner && p.slot !== 'lead')
    .sort((a, b) => Number(a.slot) - Number(b.slot));
}
