import type { APIRoute, GetStaticPaths } from 'astro';
import { loadRenderedArticles } from '../../../data/articles.ts';
import { loadPhotoImage } from '../../../data/photos.ts';
import { cachedSocialImage } from '../../../images/social-image.ts';
import type { ArticleView } from '../../../model/article-view.ts';
import { site } from '../../../site.ts';

// The article's 1200 x 630 Open Graph image (ArticleView.socialImage points here).
export const getStaticPaths = (async () =>
  (await loadRenderedArticles()).map((article) => ({
    params: { slug: article.slug },
    props: { article },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { article } = props as { article: ArticleView };
  const photoPath = article.photo ? (await loadPhotoImage(article.photo.id)).sourcePath : undefined;
  const png = await cachedSocialImage({ title: article.title, siteName: site.name, photoPath });
  return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
};
