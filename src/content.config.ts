import { defineCollection } from 'astro:content';
import { articlesLoader, updatesLoader } from './loaders/content-loader.ts';
import { ArticleSchema } from './schemas/article.ts';
import { UpdateSchema } from './schemas/update.ts';

// The loaders validate with these schemas (reporting every problem at once);
// Astro uses them for the entry types.
const articles = defineCollection({ loader: articlesLoader(), schema: ArticleSchema });
const updates = defineCollection({ loader: updatesLoader(), schema: UpdateSchema });

export const collections = { articles, updates };
