import { toPhotoView, type PhotoView } from '../model/photo-view.ts';
import { loadCollection, loadEntry } from './content.ts';

let views: Promise<PhotoView[]> | undefined;

/** Every photo shown on the site (lead and Markdown photos); computed once per build. */
export function loadPhotos(): Promise<PhotoView[]> {
  views ??= loadCollection('photos').then((entries) => entries.map((e) => toPhotoView(e.id, e.data)));
  return views;
}

/** The astro:assets image and original file of a photo. */
export async function loadPhotoImage(id: string) {
  const entry = await loadEntry('photos', id);
  if (!entry) throw new Error(`Photo ${id} vanished from the content store`);
  return { image: entry.data.image, sourcePath: entry.data.sourcePath };
}
