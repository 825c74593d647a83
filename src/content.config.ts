import { defineCollection } from 'astro:content';
import { articlesLoader, authorsLoader, updatesLoader } from './loaders/content-loader.ts';
import { ArticleSchema } from './schemas/article.ts';
import { AuthorSchema } from './schemas/author.ts';
import { PhotoEntrySchema } from './schemas/photo-entry.ts';
import { photosLoader } from './loaders/photos-loader.ts';
import { UpdateSchema } from './schemas/update.ts';
import { problemsLoader } from './loaders/problems-loader.ts';
import { ContentProblemsSchema } from './schemas/content-problem.ts';

// The loaders validate with these schemas (reporting every problem at once);
// Astro uses them for the entry types.
// Builds leave drafts and updates scheduled for later out; `astro dev` shows them, marked.
const articles = defineCollection({ loader: articlesLoader(), schema: ArticleSchema });
const updates = defineCollection({ loader: updatesLoader(), schema: UpdateSchema });
const authors = defineCollection({
  loader: authorsLoader(),
  // `portrait` is the author's `photo` file as astro:assets metadata (editors write only `photo`).
  schema: ({ image }) => AuthorSchema.extend({ portrait: image().optional() }),
});
// Derived from articles and updates: `image` becomes astro:assets metadata (sharp, asset cache).
const photos = defineCollection({
  loader: photosLoader(),
  schema: ({ image }) => PhotoEntrySchema.extend({ image: image() }),
});

// `astro dev` only: what is wrong in content/ now, shown above every page (ContentProblems.astro).
const problems = defineCollection({ loader: problemsLoader(), schema: ContentProblemsSchema });

export const collections = { articles, updates, authors, photos, problems };
