import { defineCollection } from 'astro:content';
import { articlesLoader, updatesLoader } from './loaders/content-loader.ts';
import { ArticleSchema } from './schemas/article.ts';
import { UpdateSchema } from './schemas/update.ts';
import { PhotoEntrySchema } from './schemas/photo-entry.ts';
import { photosLoader } from './loaders/photos-loader.ts';

// The loaders validate with these schemas (reporting every problem at once);
// Astro uses them for the entry types.
const articles = defineCollection({ loader: articlesLoader(), schema: ArticleSchema });
const updates = defineCollection({ loader: updatesLoader(), schema: UpdateSchema });
// Derived from articles and updates: `image` becomes astro:assets metadata (sharp, asset cache).
const photos = defineCollection({
  loader: photosLoader(),
  schema: ({ image }) => PhotoEntrySchema.extend({ image: image() }),
});

export const collections = { articles, updates, photos };
