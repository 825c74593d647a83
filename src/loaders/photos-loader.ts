import { dirname, join, posix, relative, sep } from 'node:path';
import type { Loader, LoaderContext } from 'astro/loaders';
import { markIfEmpty } from '../model/empty-collection.ts';
import type { PhotoEntryData } from '../schemas/photo-entry.ts';
import { selectPublished } from './published.ts';
import { loadContent } from './shared-read.ts';
import type { PhotoEntry } from './read-photos.ts';

/**
 * The `photos` collection: one entry per photo shown (lead photos and Markdown
 * photos of published articles and updates). Its `image` field is a path Astro
 * resolves into astro:assets metadata, so the file goes through sharp and the
 * asset cache like an imported image.
 */
export function photosLoader(): Loader {
  return {
    name: 'photos',
    load: (context) =>
      loadContent(context, async ({ root, tree, preview, now }) => {
        const published = selectPublished(tree, { preview, now });
        const owners = new Set([
          ...published.articles.map((a) => a.slug),
          ...published.updates.map((u) => `${u.article}/${u.fileName.replace(/\.md$/i, '')}`),
        ]);
        await storePhotos(
          context,
          root,
          tree.photos.filter((p) => owners.has(p.owner)),
        );
      }),
  };
}

async function storePhotos(context: LoaderContext, root: string, photos: PhotoEntry[]) {
  const keep = new Set<string>();
  for (const photo of photos) {
    const id = `${photo.owner}#${photo.slot}`;
    keep.add(id);
    const fields: PhotoEntryData = {
      owner: photo.owner,
      slot: String(photo.slot),
      article: photo.article,
      file: photo.file,
      sourcePath: photo.path,
      alt: photo.alt,
      decorative: photo.decorative,
      credit: photo.credit,
      ...(photo.caption && { caption: photo.caption }),
      ...(photo.creator && { creator: photo.creator }),
      ...(photo.licence && { licence: photo.licence }),
      ...(photo.licencePage && { licencePage: photo.licencePage }),
      ...photo.info,
    };
    // Relative to the Markdown file that shows it, as Astro resolves `image()` fields.
    const fromDir = dirname(join(root, photo.from));
    const rel = relative(fromDir, photo.path).split(sep).join(posix.sep);
    const raw = { ...fields, image: rel.startsWith('../') ? rel : `./${rel}` };
    const digest = context.generateDigest(raw);
    if (context.store.get(id)?.digest === digest) continue;
    const data = await context.parseData({ id, data: raw, filePath: photo.from });
    context.store.set({ id, data, digest, filePath: photo.from });
  }
  for (const id of context.store.keys()) if (!keep.has(id)) context.store.delete(id);
  markIfEmpty(context.store, keep.size);
}
