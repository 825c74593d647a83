import type { APIRoute, GetStaticPaths } from 'astro';
import { socialImagePaths, socialImageResponse } from '../../../data/social-images.ts';
import type { ArticleView } from '../../../model/article-view.ts';

// The 1200 x 630 Open Graph image of an article with a lead photo: the photo cropped, as a
// JPEG (ArticleView.socialImage points here). og.png.ts has the articles without one.
export const getStaticPaths = (() => socialImagePaths('jpg')) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => socialImageResponse((props as { article: ArticleView }).article);
