import type { APIRoute, GetStaticPaths } from 'astro';
import { socialImagePaths, socialImageResponse } from '../../../data/social-images.ts';
import type { ArticleView } from '../../../model/article-view.ts';

// The 1200 x 630 Open Graph image of an article without a lead photo: its headline on a card
// (ArticleView.socialImage points here). og.jpg.ts has the articles with a photo.
export const getStaticPaths = (() => socialImagePaths('png')) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => socialImageResponse((props as { article: ArticleView }).article);
